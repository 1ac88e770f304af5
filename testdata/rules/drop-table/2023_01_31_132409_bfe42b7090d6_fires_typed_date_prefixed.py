"""clean up work queue migration

Revision ID: bfe42b7090d6
Revises: 87167c2a1519
Create Date: 2024-03-11 10:21:44.318204

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "bfe42b7090d6"
down_revision: Union[str, None] = "87167c2a1519"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_table("work_pool_queue")  # expect: drop-table


def downgrade() -> None:
    op.create_table(
        "work_pool_queue",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_pool_queue")),
    )
