"""link payments to orders and validate

Revision ID: c9326311fc00
Revises: dc86bb62aa93
Create Date: 2024-01-10 03:02:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "c9326311fc00"
down_revision: Union[str, None] = "dc86bb62aa93"
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
    op.execute("ALTER TABLE payments VALIDATE CONSTRAINT fk_payments_order_id")  # expect: add-foreign-key-without-not-valid


def downgrade() -> None:
    op.drop_constraint("fk_payments_order_id", "payments", type_="foreignkey")
