"""link payments to orders, then validate outside the transaction

Revision ID: a5c4da169d5b
Revises: 2662a20e6357
Create Date: 2024-11-06 12:04:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "a5c4da169d5b"
down_revision: Union[str, None] = "2662a20e6357"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_foreign_key(
        "fk_payments_order_id",
        "payments",
        "orders",
        ["order_id"],
        ["id"],
        postgresql_not_valid=True,
    )
    with op.get_context().autocommit_block():
        op.execute("ALTER TABLE payments VALIDATE CONSTRAINT fk_payments_order_id")


def downgrade() -> None:
    op.drop_constraint("fk_payments_order_id", "payments", type_="foreignkey")
