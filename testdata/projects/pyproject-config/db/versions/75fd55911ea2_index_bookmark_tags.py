"""index bookmark tags

Revision ID: 75fd55911ea2
Revises: 8427abeec129
Create Date: 2025-07-01 08:30:46.923105

Built concurrently: bookmarks is written to on every save.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "75fd55911ea2"
down_revision: Union[str, Sequence[str], None] = "8427abeec129"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_bookmarks_tags",
            "bookmarks",
            ["tags"],
            postgresql_using="gin",
            postgresql_concurrently=True,
            if_not_exists=True,
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.get_context().autocommit_block():
        op.drop_index(
            "ix_bookmarks_tags",
            table_name="bookmarks",
            postgresql_concurrently=True,
            if_exists=True,
        )
