"""index foreign keys on order lines

Revision ID: 5aac71273fe2
Revises: f6cda5db4eac
Create Date: 2024-02-27 12:17:44.038516

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5aac71273fe2"
down_revision = "f6cda5db4eac"
branch_labels = None
depends_on = None


def _index_order_lines():
    op.create_index("ix_order_lines_order_id", "order_lines", ["order_id"])  # expect: create-index-without-concurrently
    op.create_index("ix_order_lines_product_id", "order_lines", ["product_id"])  # expect: create-index-without-concurrently


def upgrade():
    _index_order_lines()


def downgrade():
    op.drop_index("ix_order_lines_product_id", table_name="order_lines")
    op.drop_index("ix_order_lines_order_id", table_name="order_lines")
