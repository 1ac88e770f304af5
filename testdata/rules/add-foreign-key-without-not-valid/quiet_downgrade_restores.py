"""drop the link between orders and coupons

Revision ID: cd0d8a740202
Revises: 8b6a2ce01f70
Create Date: 2024-01-14 00:13:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cd0d8a740202'
down_revision = '8b6a2ce01f70'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_constraint("fk_orders_coupon_id", "orders", type_="foreignkey")


def downgrade():
    op.create_foreign_key("fk_orders_coupon_id", "orders", "coupons", ["coupon_id"], ["id"])
