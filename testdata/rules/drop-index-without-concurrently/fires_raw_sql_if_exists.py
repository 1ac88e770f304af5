"""drop unused indexes on events

Revision ID: 65944d088ee3
Revises: 642bc0954e28
Create Date: 2024-07-06 09:04:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '65944d088ee3'
down_revision = '642bc0954e28'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        # expect: drop-index-without-concurrently, concurrently-in-transaction
        """
        DROP INDEX IF EXISTS ix_events_created_at;
        DROP INDEX CONCURRENTLY IF EXISTS ix_events_kind;
        """
    )


def downgrade():
    op.create_index("ix_events_created_at", "events", ["created_at"])
    op.create_index("ix_events_kind", "events", ["kind"])
