"""drop the legacy sessions table

Revision ID: 4ccfb6e4b423
Revises: 268ca94ffa5c
Create Date: 2024-05-13 12:15:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4ccfb6e4b423'
down_revision = '268ca94ffa5c'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_table("legacy_sessions")  # expect: downgrade-missing-inverse, drop-table


def downgrade():
    op.execute("DELETE FROM sessions WHERE legacy = true")
