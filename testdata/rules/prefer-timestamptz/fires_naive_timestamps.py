"""track shipments

Revision ID: 2b3c4d5e6f7a
Revises: 1a2b3c4d5e6f
Create Date: 2024-06-03 10:11:12.131415

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = "2b3c4d5e6f7a"
down_revision = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "shipments",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),  # expect: prefer-timestamptz
        sa.Column("delivered_at", postgresql.TIMESTAMP(precision=3), nullable=True),  # expect: prefer-timestamptz
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
    )
    with op.batch_alter_table("orders") as batch_op:
        batch_op.add_column(sa.Column("shipped_at", sa.DateTime, nullable=True))  # expect: prefer-timestamptz
    op.execute("ALTER TABLE orders ADD COLUMN cancelled_at timestamp without time zone")  # expect: prefer-timestamptz


def downgrade():
    op.execute("ALTER TABLE orders DROP COLUMN cancelled_at")
    with op.batch_alter_table("orders") as batch_op:
        batch_op.drop_column("shipped_at")
    op.drop_table("shipments")
