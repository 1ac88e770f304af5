"""Add retries to shipments

Revision ID: 6a1cf1734f0b
Revises: f251fcd39f13
Create Date: 2024-04-07 02:01:43.730738

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6a1cf1734f0b'
down_revision = 'f251fcd39f13'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "retries")
