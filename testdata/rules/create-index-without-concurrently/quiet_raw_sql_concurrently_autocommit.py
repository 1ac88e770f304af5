"""index payments by created at

Revision ID: e9dac954ef43
Revises: 46d41059012e
Create Date: 2021-09-08 14:26:50.733129

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "e9dac954ef43"
down_revision = "46d41059012e"
branch_labels = None
depends_on = None


def upgrade():
    # CREATE INDEX CONCURRENTLY cannot run inside the migration's transaction
    with op.get_context().autocommit_block():
        op.execute(
            sa.text(
                """
                CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_payments_created_at
                    ON payments (created_at DESC)
                """
            )
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.execute(sa.text("DROP INDEX CONCURRENTLY IF EXISTS ix_payments_created_at"))
