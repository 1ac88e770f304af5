"""Add color to shipments

Revision ID: 17249d83efb5
Revises: 0fdabbdfe8be
Create Date: 2024-01-06 06:05:45.125612

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '17249d83efb5'
down_revision = '0fdabbdfe8be'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("shipments", "color")
