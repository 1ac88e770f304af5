"""add fulfilment centre to orders

Revision ID: 5e0d3c7a9b14
Revises: 570945ff1915
Create Date: 2023-11-02 14:15:12.480391

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "5e0d3c7a9b14"
down_revision: Union[str, None] = "570945ff1915"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column(  # expect: add-not-null-column-without-default
        "orders",
        sa.Column("fulfilment_centre_id", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_column("orders", "fulfilment_centre_id")
