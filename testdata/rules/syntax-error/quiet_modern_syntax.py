"""add preferences to users

Revision ID: 59626ebc110d
Revises: 23218e6afed7
Create Date: 2025-01-21 10:48:30.120467

"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = "59626ebc110d"
down_revision: str | None = "23218e6afed7"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _locale_column(*, length: int = 16) -> sa.Column:
    return sa.Column("locale", sa.String(length=length), nullable=True)


def upgrade() -> None:
    op.add_column(
        "users",
        sa.Column("preferences", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    )
    op.add_column("users", _locale_column(length=35))


def downgrade() -> None:
    op.drop_column("users", "locale")
    op.drop_column("users", "preferences")
