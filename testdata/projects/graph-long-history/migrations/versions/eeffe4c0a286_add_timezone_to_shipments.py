"""Add timezone to shipments

Revision ID: eeffe4c0a286
Revises: 1c859c33e7b0
Create Date: 2024-12-03 03:52:16.518588

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'eeffe4c0a286'
down_revision = '1c859c33e7b0'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "timezone")
