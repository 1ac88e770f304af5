"""create line items

Revision ID: d8a53eecc2ab
Revises: 626cb7bce35d
Create Date: 2024-02-09 10:05:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd8a53eecc2ab'
down_revision = '626cb7bce35d'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "line_items",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("order_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_foreign_key("fk_line_items_order_id", "line_items", "orders", ["order_id"], ["id"])


def downgrade():
    op.drop_table("line_items")
