"""Add archived_at to shipments

Revision ID: 9a5bf87a2af0
Revises: 9a26a7fc1dab
Create Date: 2024-12-16 15:32:25.551325

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9a5bf87a2af0'
down_revision = '9a26a7fc1dab'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "archived_at")
