"""drop duplicate index on orders

Revision ID: efa14e29a2cb
Revises: c8f42f53dda0
Create Date: 2023-12-12 18:50:04.127390

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "efa14e29a2cb"
down_revision = "c8f42f53dda0"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_index("ix_orders_customer_id_dup", table_name="orders", postgresql_concurrently=True)  # expect: concurrently-in-transaction


def downgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_orders_customer_id_dup",
            "orders",
            ["customer_id"],
            postgresql_concurrently=True,
        )
