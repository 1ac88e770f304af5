"""drop the status index on orders

Revision ID: 71af0d35fad5
Revises: f220f688df85
Create Date: 2024-08-02 10:15:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "71af0d35fad5"
down_revision: Union[str, None] = "f220f688df85"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_index("ix_orders_status", table_name="orders")  # expect: drop-index-without-concurrently


def downgrade() -> None:
    op.create_index("ix_orders_status", "orders", ["status"], unique=False)
