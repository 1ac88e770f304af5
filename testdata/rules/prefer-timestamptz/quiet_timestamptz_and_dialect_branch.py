"""track refunds

Revision ID: 3c4d5e6f7a8b
Revises: 2b3c4d5e6f7a
Create Date: 2024-06-04 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = "3c4d5e6f7a8b"
down_revision = "2b3c4d5e6f7a"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("orders", sa.Column("refunded_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column(
        "orders", sa.Column("disputed_at", postgresql.TIMESTAMP(timezone=True), nullable=True)
    )
    op.execute("ALTER TABLE orders ADD COLUMN closed_at timestamptz")
    op.add_column("orders", sa.Column("due_on", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "mysql":
        op.add_column("orders", sa.Column("mysql_seen_at", sa.DateTime(), nullable=True))


def downgrade():
    if op.get_bind().dialect.name == "mysql":
        op.drop_column("orders", "mysql_seen_at")
    op.drop_column("orders", "due_on")
    op.execute("ALTER TABLE orders DROP COLUMN closed_at")
    op.drop_column("orders", "disputed_at")
    op.drop_column("orders", "refunded_at")
