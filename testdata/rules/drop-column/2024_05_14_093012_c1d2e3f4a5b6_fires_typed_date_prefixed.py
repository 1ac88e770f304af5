"""drop legacy flags

Revision ID: c1d2e3f4a5b6
Revises: 26d1d111ded9
Create Date: 2024-03-11 10:21:44.318204

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "c1d2e3f4a5b6"
down_revision: Union[str, None] = "26d1d111ded9"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_column("projects", "autohide")  # expect: drop-column
    op.drop_column(  # expect: drop-column
        "projects",
        "comments",
    )


def downgrade() -> None:
    op.add_column("projects", sa.Column("comments", sa.Boolean(), server_default=sa.text("true"), nullable=True))
    op.add_column("projects", sa.Column("autohide", sa.Boolean(), server_default=sa.text("true"), nullable=True))
