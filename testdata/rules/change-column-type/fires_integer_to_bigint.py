"""widen order ids to bigint

Revision ID: 4c1f0a9e7b21
Revises: 9a7d3e2c1b40
Create Date: 2024-05-02 11:20:43.118204

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "4c1f0a9e7b21"
down_revision: Union[str, None] = "9a7d3e2c1b40"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.alter_column(  # expect: change-column-type
        "order_items",
        "order_id",
        existing_type=sa.Integer(),
        type_=sa.BigInteger(),
        existing_nullable=False,
    )


def downgrade() -> None:
    op.alter_column(
        "order_items",
        "order_id",
        existing_type=sa.BigInteger(),
        type_=sa.Integer(),
        existing_nullable=False,
    )
