"""drop the status index on orders concurrently

Revision ID: 5658c762f9a1
Revises: 91292db36596
Create Date: 2024-06-07 05:08:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5658c762f9a1'
down_revision = '91292db36596'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.drop_index(
            "ix_orders_status",
            table_name="orders",
            postgresql_concurrently=True,
        )
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_orders_legacy")


def downgrade():
    op.create_index("ix_orders_legacy", "orders", ["legacy_ref"])
    op.create_index("ix_orders_status", "orders", ["status"])
