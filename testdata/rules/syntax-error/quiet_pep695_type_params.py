"""add audit columns with PEP 695 type aliases and generic helpers

Revision ID: 5e7a9c1b3d5f
Revises: 4d6f8a0c2e4b
Create Date: 2025-09-30 11:45:02.907113

"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "5e7a9c1b3d5f"
down_revision: str | None = "4d6f8a0c2e4b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

type ColumnSpec = tuple[str, sa.types.TypeEngine]
type Pairs[K, V] = list[tuple[K, V]]


def _columns[T: sa.types.TypeEngine](kind: type[T], *names: str) -> list[sa.Column]:
    return [sa.Column(name, kind(), nullable=True) for name in names]


class Audit[*Ts, **P]:
    pass


def upgrade() -> None:
    with (
        op.batch_alter_table("invoices") as batch_op,
        op.get_context().autocommit_block(),
    ):
        for column in _columns(sa.DateTime, "created_at", "updated_at"):
            batch_op.add_column(column)


def downgrade() -> None:
    with (op.batch_alter_table("invoices") as batch_op,):
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
