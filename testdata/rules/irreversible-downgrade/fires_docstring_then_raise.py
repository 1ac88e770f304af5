"""create loyalty points ledger

Revision ID: 11aa8a120bbf
Revises: d34e61d3a8de
Create Date: 2024-07-17 08:03:55.914462

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "11aa8a120bbf"
down_revision: Union[str, None] = "d34e61d3a8de"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "loyalty_ledger",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=120), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:  # expect: irreversible-downgrade
    """The ledger is the source of truth for points balances."""
    raise RuntimeError(
        "refusing to drop loyalty_ledger: restore from backup instead"
    )
