"""Add timezone to shipments

Revision ID: 4fd9bd4c7f95
Revises: b2b8503460bb
Create Date: 2025-06-13 07:02:58.374596

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4fd9bd4c7f95'
down_revision = 'b2b8503460bb'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "timezone")
