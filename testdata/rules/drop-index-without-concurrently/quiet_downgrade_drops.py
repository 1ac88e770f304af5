"""index invoices by due date

Revision ID: c1d7a3091617
Revises: ce09690fe2dd
Create Date: 2024-01-02 13:07:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "c1d7a3091617"
down_revision: Union[str, None] = "ce09690fe2dd"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_invoices_due_on",
            "invoices",
            ["due_on"],
            postgresql_concurrently=True,
        )


def downgrade() -> None:
    op.drop_index("ix_invoices_due_on", table_name="invoices")
