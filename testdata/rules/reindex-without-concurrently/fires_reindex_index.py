"""rebuild the bloated created_at index

Revision ID: bc0e76ef8149
Revises: 2a499a8f2fff
Create Date: 2024-12-13 00:14:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "bc0e76ef8149"
down_revision: Union[str, None] = "2a499a8f2fff"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("REINDEX INDEX ix_orders_created_at")  # expect: reindex-without-concurrently


def downgrade() -> None:
    op.execute("SELECT 1")
