"""index created at on event tables

Revision ID: 6c99e51f8473
Revises: 29f76cdd62a7
Create Date: 2024-12-03 14:47:29.306641

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "6c99e51f8473"
down_revision = "29f76cdd62a7"
branch_labels = None
depends_on = None

EVENT_TABLES = ["page_views", "clicks", "signups"]


def upgrade():
    with op.get_context().autocommit_block():
        for name in EVENT_TABLES:
            op.execute(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_{name}_created_at ON {name} (created_at)")


def downgrade():
    with op.get_context().autocommit_block():
        for name in EVENT_TABLES:
            op.execute(f"DROP INDEX CONCURRENTLY IF EXISTS ix_{name}_created_at")
