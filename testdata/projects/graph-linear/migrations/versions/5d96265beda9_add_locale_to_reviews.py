"""Add locale to reviews

Revision ID: 5d96265beda9
Revises: cf0c4243ed52
Create Date: 2023-01-31 19:23:33.865034

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "5d96265beda9"
down_revision: Union[str, Sequence[str], None] = "cf0c4243ed52"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("reviews", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade() -> None:
    op.drop_column("reviews", "locale")
