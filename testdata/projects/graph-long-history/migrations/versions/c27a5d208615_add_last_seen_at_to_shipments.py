"""Add last_seen_at to shipments

Revision ID: c27a5d208615
Revises: db585d4e9f70
Create Date: 2024-08-22 12:24:27.957581

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c27a5d208615'
down_revision = 'db585d4e9f70'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "last_seen_at")
