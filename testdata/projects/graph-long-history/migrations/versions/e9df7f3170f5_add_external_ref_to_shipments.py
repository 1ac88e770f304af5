"""Add external_ref to shipments

Revision ID: e9df7f3170f5
Revises: 7fdde4f850e0
Create Date: 2025-04-06 11:42:49.243042

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e9df7f3170f5'
down_revision = '7fdde4f850e0'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "external_ref")
