"""Add external_ref to shipments

Revision ID: c4ce57842e30
Revises: 020c307e89de
Create Date: 2023-11-13 10:58:51.222741

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c4ce57842e30'
down_revision = '020c307e89de'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "external_ref")
