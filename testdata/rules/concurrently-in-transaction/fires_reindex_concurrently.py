"""rebuild bloated order index

Revision ID: fdac5b564507
Revises: 979ecbf5a9a0
Create Date: 2025-02-18 22:03:11.857204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "fdac5b564507"
down_revision = "979ecbf5a9a0"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER INDEX ix_orders_placed_at SET (fillfactor = 90)")
    op.execute("REINDEX INDEX CONCURRENTLY ix_orders_placed_at")  # expect: concurrently-in-transaction


def downgrade():
    op.execute("ALTER INDEX ix_orders_placed_at RESET (fillfactor)")
