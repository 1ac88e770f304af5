"""add refund reason

Revision ID: 75a6a1dd011d
Revises: f63b76cd8b81
Create Date: 2025-02-06 16:20:11.482615

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "75a6a1dd011d"
down_revision: Union[str, None] = "f63b76cd8b81"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("ALTER TABLE refunds ADD COLUMN reason text")


def downgrade() -> None:  # expect: empty-downgrade
    ...
