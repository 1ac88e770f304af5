"""Add note to reviews

Revision ID: cf0c4243ed52
Revises: 566bc55a45f8
Create Date: 2023-01-25 19:20:18.212831

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "cf0c4243ed52"
down_revision: Union[str, Sequence[str], None] = "566bc55a45f8"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("reviews", sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("reviews", "note")
