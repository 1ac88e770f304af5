"""add scheduled status

Revision ID: 7d3e9a1b2c4f
Revises: b9fb68f8b51a
Create Date: 2024-03-11 10:21:44.318204

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "7d3e9a1b2c4f"
down_revision: Union[str, None] = "b9fb68f8b51a"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute(sa.text("COMMIT"))  # expect: manual-transaction-control
    op.execute(sa.text("ALTER TYPE job_status ADD VALUE 'scheduled'"))


def downgrade() -> None:
    op.execute(sa.text("UPDATE jobs SET status = 'pending' WHERE status = 'scheduled'"))
