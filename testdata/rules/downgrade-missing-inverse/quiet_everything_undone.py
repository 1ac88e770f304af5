"""track logins on users

Revision ID: 40c922ed3c79
Revises: 752ed68462e3
Create Date: 2024-05-01 12:09:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "40c922ed3c79"
down_revision: Union[str, None] = "752ed68462e3"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("users", sa.Column("last_login_at", sa.DateTime(), nullable=True))
    op.alter_column("users", "email", existing_type=sa.String(120), type_=sa.String(255))
    op.alter_column("users", "handle", new_column_name="username")  # expect: rename-column
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_users_last_login_at",
            "users",
            ["last_login_at"],
            postgresql_concurrently=True,
        )


def downgrade() -> None:
    op.drop_index("ix_users_last_login_at", table_name="users")
    op.alter_column("users", "username", new_column_name="handle")
    op.alter_column("users", "email", existing_type=sa.String(255), type_=sa.String(120))
    op.drop_column("users", "last_login_at")
