"""Add last_seen_at to teams

Revision ID: 518c63ed428c
Revises: 965b2d259d9b
Create Date: 2025-09-18 13:53:39.400883

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '518c63ed428c'
down_revision = '965b2d259d9b'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("teams", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("teams", "last_seen_at")
