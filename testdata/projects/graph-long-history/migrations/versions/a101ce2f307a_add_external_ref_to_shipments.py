"""Add external_ref to shipments

Revision ID: a101ce2f307a
Revises: b9720045a9a2
Create Date: 2023-07-22 11:39:44.299708

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a101ce2f307a'
down_revision = 'b9720045a9a2'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "external_ref")
