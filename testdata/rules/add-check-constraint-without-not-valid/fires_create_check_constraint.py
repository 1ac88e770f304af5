"""require positive totals

Revision ID: 033bae5856f4
Revises: 9a6619218d73
Create Date: 2024-01-04 03:11:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "033bae5856f4"
down_revision: Union[str, None] = "9a6619218d73"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_check_constraint(  # expect: add-check-constraint-without-not-valid
        "ck_orders_total_positive", "orders", sa.text("total >= 0")
    )


def downgrade() -> None:
    op.drop_constraint("ck_orders_total_positive", "orders", type_="check")
