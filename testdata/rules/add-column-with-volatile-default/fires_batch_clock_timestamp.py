"""record when rows were touched

Revision ID: ef93cdbf51ed
Revises: 8e6d22f1eae5
Create Date: 2024-03-16 09:03:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "ef93cdbf51ed"
down_revision: Union[str, None] = "8e6d22f1eae5"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.add_column(  # expect: add-column-with-volatile-default
            sa.Column(
                "touched_at",
                sa.DateTime(timezone=True),
                server_default=sa.text("clock_timestamp()"),
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.drop_column("touched_at")
