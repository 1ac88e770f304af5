"""track logins on users

Revision ID: 78741f7ba9ac
Revises: 1642bd0e3f0d
Create Date: 2024-08-09 07:04:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "78741f7ba9ac"
down_revision: Union[str, None] = "1642bd0e3f0d"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("users", sa.Column("last_login_at", sa.DateTime(), nullable=True))
    op.add_column("users", sa.Column("login_count", sa.Integer(), nullable=True))  # expect: downgrade-missing-inverse


def downgrade() -> None:
    op.drop_column("users", "last_login_at")
