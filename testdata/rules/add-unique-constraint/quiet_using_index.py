"""make emails unique from a concurrent index

Revision ID: 54ed70520b11
Revises: 9f5531bd867b
Create Date: 2024-06-05 14:13:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "54ed70520b11"
down_revision: Union[str, None] = "9f5531bd867b"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.get_context().autocommit_block():
        op.create_index(
            "uq_users_email",
            "users",
            ["email"],
            unique=True,
            postgresql_concurrently=True,
        )
    op.execute("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX uq_users_email")


def downgrade() -> None:
    op.drop_constraint("uq_users_email", "users", type_="unique")
