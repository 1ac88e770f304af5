"""Add archived_at to shipments

Revision ID: d4b36e9cedad
Revises: ff3a71890187
Create Date: 2025-04-23 01:09:34.786397

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd4b36e9cedad'
down_revision = 'ff3a71890187'
branch_labels = None
depends_on = ('2d5faebd889d',)


def upgrade():
    op.add_column("shipments", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "archived_at")
