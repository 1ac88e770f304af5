"""Add last_seen_at to shipments

Revision ID: 0cefc44b5aaf
Revises: 830415896367
Create Date: 2024-05-21 18:49:58.180092

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0cefc44b5aaf'
down_revision = '830415896367'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "last_seen_at")
