"""add invoice pdf path

Revision ID: 5c8d1ab6339e
Revises: 328a645575b8
Create Date: 2025-03-03 08:42:19.908135

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "5c8d1ab6339e"
down_revision: Union[str, None] = "328a645575b8"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("invoices", sa.Column("pdf_path", sa.String(length=255), nullable=True))


def downgrade() -> None:
    op.drop_column("invoices", "pdf_path")
