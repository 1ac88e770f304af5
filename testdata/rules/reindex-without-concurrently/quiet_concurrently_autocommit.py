"""rebuild the bloated created_at index concurrently

Revision ID: 72698b0d8472
Revises: 7077556733c5
Create Date: 2024-08-03 06:09:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "72698b0d8472"
down_revision: Union[str, None] = "7077556733c5"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.get_context().autocommit_block():
        op.execute("REINDEX INDEX CONCURRENTLY ix_orders_created_at")


def downgrade() -> None:
    op.execute("SELECT 1")
