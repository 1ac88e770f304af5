"""give orders a public id in two steps

Revision ID: 1d1cb403ef11
Revises: ca16cf63a0df
Create Date: 2024-02-14 01:12:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "1d1cb403ef11"
down_revision: Union[str, None] = "ca16cf63a0df"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("public_id", sa.Uuid(), nullable=True))
    op.alter_column("orders", "public_id", server_default=sa.text("gen_random_uuid()"))


def downgrade() -> None:
    op.drop_column("orders", "public_id")
