"""add a refunded order status

Revision ID: 7e8f9a0b1c2d
Revises: 5d4c3b2a1f0e
Create Date: 2024-11-12 13:44:02.180336

"""
from alembic import op
import sqlalchemy as sa


revision = "7e8f9a0b1c2d"
down_revision = "5d4c3b2a1f0e"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded'")  # expect: enum-value-added-in-transaction
    # Fails with "unsafe use of new value": the value is not committed yet.
    op.execute(
        "UPDATE orders SET status = 'refunded' "
        "WHERE refunded_at IS NOT NULL AND status = 'cancelled'"
    )
    op.execute("ALTER TYPE payment_state ADD VALUE 'disputed'")  # expect: enum-value-added-in-transaction
    op.add_column(
        "payments",
        sa.Column(
            "last_state",
            sa.Enum(name="payment_state", create_type=False),
            server_default="disputed",
            nullable=True,
        ),
    )


def downgrade():
    op.drop_column("payments", "last_state")
    op.execute(
        "UPDATE orders SET status = 'cancelled' WHERE status = 'refunded'"
    )
