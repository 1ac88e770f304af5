"""rename the handle column

Revision ID: 7109e0dafb86
Revises: 01c30a814efe
Create Date: 2024-08-02 00:09:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "7109e0dafb86"
down_revision: Union[str, None] = "01c30a814efe"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.alter_column("accounts", "handle", new_column_name="username")  # expect: downgrade-missing-inverse, rename-column


def downgrade() -> None:
    op.alter_column("accounts", "username", nullable=True)
