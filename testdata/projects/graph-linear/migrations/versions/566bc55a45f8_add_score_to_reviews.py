"""Add score to reviews

Revision ID: 566bc55a45f8
Revises: d1a69b9b1325
Create Date: 2023-01-20 17:54:07.375522

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "566bc55a45f8"
down_revision: Union[str, Sequence[str], None] = "d1a69b9b1325"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("reviews", sa.Column("score", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("reviews", "score")
