"""Add last_seen_at to shipments

Revision ID: b2b8503460bb
Revises: 301320e920b8
Create Date: 2025-06-04 01:14:47.832192

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2b8503460bb'
down_revision = '301320e920b8'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "last_seen_at")
