"""index products by lower name

Revision ID: d5e8d1179633
Revises: b1b4b69c0b68
Create Date: 2023-10-30 15:07:41.552016

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "d5e8d1179633"
down_revision = "b1b4b69c0b68"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(  # expect: create-index-without-concurrently
        index_name="ix_products_lower_name",
        table_name="products",
        columns=[sa.text("lower(name)")],
        postgresql_using="btree",
    )


def downgrade():
    op.drop_index("ix_products_lower_name", table_name="products")
