"""make emails unique

Revision ID: 7f2aa0589d31
Revises: 7c9da0c414b1
Create Date: 2024-08-16 02:10:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "7f2aa0589d31"
down_revision: Union[str, None] = "7c9da0c414b1"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_unique_constraint("uq_users_email", "users", ["email"])  # expect: add-unique-constraint


def downgrade() -> None:
    op.drop_constraint("uq_users_email", "users", type_="unique")
