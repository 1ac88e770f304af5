"""create audit log

Revision ID: 8a7b6c5d4e3f
Revises: 7f6a5b4c3d2e
Create Date: 2024-01-18 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "8a7b6c5d4e3f"
down_revision = "7f6a5b4c3d2e"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("payload", sa.Text(), nullable=True),
    )
    op.add_column("audit_log", sa.Column("actor", sa.String(length=64), nullable=True))
    op.create_unique_constraint("uq_audit_log_actor", "audit_log", ["actor"])
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_orders_created_at", "orders", ["created_at"], postgresql_concurrently=True
        )
    op.execute("UPDATE orders SET status = 'open' WHERE status IS NULL")


def downgrade():
    op.drop_index("ix_orders_created_at", table_name="orders")
    op.drop_table("audit_log")
