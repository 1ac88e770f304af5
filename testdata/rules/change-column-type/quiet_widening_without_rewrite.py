"""allow longer names and more precise prices

Revision ID: 5e6f7a8b9c0d
Revises: 1a2b3c4d5e6f
Create Date: 2024-02-11 10:15:32.005417

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = "5e6f7a8b9c0d"
down_revision = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column(
        "customers",
        "display_name",
        existing_type=sa.VARCHAR(length=50),
        type_=sa.String(length=200),
        existing_nullable=True,
    )
    op.alter_column("customers", "notes", existing_type=sa.String(length=500), type_=sa.Text())
    with op.batch_alter_table("products") as batch_op:
        batch_op.alter_column(
            "price",
            existing_type=sa.Numeric(precision=10, scale=2),
            type_=sa.Numeric(12, 2),
        )
        batch_op.alter_column(
            "updated_at",
            existing_type=postgresql.TIMESTAMP(timezone=True, precision=3),
            type_=sa.DateTime(timezone=True),
        )
        batch_op.alter_column("sku", existing_type=sa.String(32), type_=sa.String())


def downgrade():
    with op.batch_alter_table("products") as batch_op:
        batch_op.alter_column("sku", existing_type=sa.String(), type_=sa.String(32))
        batch_op.alter_column(
            "updated_at",
            existing_type=sa.DateTime(timezone=True),
            type_=postgresql.TIMESTAMP(timezone=True, precision=3),
        )
        batch_op.alter_column("price", existing_type=sa.Numeric(12, 2), type_=sa.Numeric(10, 2))
    op.alter_column("customers", "notes", existing_type=sa.Text(), type_=sa.String(length=500))
    op.alter_column(
        "customers",
        "display_name",
        existing_type=sa.String(length=200),
        type_=sa.VARCHAR(length=50),
        existing_nullable=True,
    )
