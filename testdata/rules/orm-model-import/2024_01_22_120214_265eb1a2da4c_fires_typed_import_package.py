"""create deployment schedule

Revision ID: 265eb1a2da4c
Revises: 8c772a0a1373
Create Date: 2024-03-11 10:21:44.318204

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

import orchestrator  # expect: orm-model-import


# revision identifiers, used by Alembic.
revision: str = "265eb1a2da4c"
down_revision: Union[str, None] = "8c772a0a1373"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "deployment_schedule",
        sa.Column("id", orchestrator.server.database.UUID(), nullable=False),
        sa.Column("schedule", orchestrator.server.database.Pydantic(dict), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("deployment_schedule")
