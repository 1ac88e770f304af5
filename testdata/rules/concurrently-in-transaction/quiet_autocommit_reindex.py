"""rebuild bloated order index

Revision ID: e0dedf4e29bc
Revises: 4866bad6e5ca
Create Date: 2025-02-18 22:03:11.857204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "e0dedf4e29bc"
down_revision = "4866bad6e5ca"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER INDEX ix_orders_placed_at SET (fillfactor = 90)")
    with op.get_context().autocommit_block():
        op.execute("REINDEX INDEX CONCURRENTLY ix_orders_placed_at")


def downgrade():
    op.execute("ALTER INDEX ix_orders_placed_at RESET (fillfactor)")
