"""link orders to customers

Revision ID: 7e548736cffe
Revises: f12f5356d7c4
Create Date: 2024-08-15 05:04:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "7e548736cffe"
down_revision: Union[str, None] = "f12f5356d7c4"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("customer_id", sa.BigInteger(), nullable=True))
    op.create_foreign_key(  # expect: add-foreign-key-without-not-valid
        "fk_orders_customer_id_customers",
        "orders",
        "customers",
        ["customer_id"],
        ["id"],
        ondelete="SET NULL",
    )


def downgrade() -> None:
    op.drop_constraint("fk_orders_customer_id_customers", "orders", type_="foreignkey")
    op.drop_column("orders", "customer_id")
