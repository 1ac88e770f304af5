"""Add timezone to shipments

Revision ID: 7316349a4fa2
Revises: 2d5faebd889d
Create Date: 2025-04-26 05:20:46.790772

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7316349a4fa2'
down_revision = '2d5faebd889d'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "timezone")
