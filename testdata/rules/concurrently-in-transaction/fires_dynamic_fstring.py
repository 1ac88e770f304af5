"""index created at on event tables

Revision ID: da5e4a9cb0c0
Revises: ad8f3aba9951
Create Date: 2024-12-03 14:47:29.306641

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "da5e4a9cb0c0"
down_revision = "ad8f3aba9951"
branch_labels = None
depends_on = None

EVENT_TABLES = ["page_views", "clicks", "signups"]


def upgrade():
    for name in EVENT_TABLES:
        op.execute(f"CREATE INDEX CONCURRENTLY ix_{name}_created_at ON {name} (created_at)")  # expect: concurrently-in-transaction


def downgrade():
    with op.get_context().autocommit_block():
        for name in EVENT_TABLES:
            op.execute(f"DROP INDEX CONCURRENTLY IF EXISTS ix_{name}_created_at")
