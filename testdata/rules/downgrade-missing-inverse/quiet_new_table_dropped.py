"""create the coupons table

Revision ID: 94613bd5eb71
Revises: 6d2c53de34dc
Create Date: 2024-10-05 06:01:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '94613bd5eb71'
down_revision = '6d2c53de34dc'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "coupons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_coupons_code", "coupons", ["code"], unique=True)
    op.create_foreign_key("fk_orders_coupon_id", "coupons", "orders", ["order_id"], ["id"])


def downgrade():
    op.drop_table("coupons")
