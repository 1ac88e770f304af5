"""cascade deletes from roles

Revision ID: c189245809f6
Revises: 5623c55e06b8
Create Date: 2024-01-02 08:09:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "c189245809f6"
down_revision: Union[str, None] = "5623c55e06b8"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.drop_constraint("roles_user_id_fkey", "roles", type_="foreignkey")
    op.create_foreign_key(
        "roles_user_id_fkey",
        "roles",
        "users",
        ["user_id"],
        ["id"],
        ondelete="CASCADE",
        postgresql_not_valid=True,
    )


def downgrade() -> None:
    op.drop_constraint(None, "roles", type_="foreignkey")
    op.create_foreign_key(
        "roles_user_id_fkey",
        "roles",
        "users",
        ["user_id"],
        ["id"],
        postgresql_not_valid=True,
    )
