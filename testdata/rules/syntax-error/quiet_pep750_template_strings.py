"""log the migration with a PEP 750 template string (Python 3.14)

Revision ID: 9f0a1b2c3d4e
Revises: 8e9f0a1b2c3d
Create Date: 2025-11-03 08:00:12.114872

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "9f0a1b2c3d4e"
down_revision = "8e9f0a1b2c3d"
branch_labels = None
depends_on = None

TABLE = "webhooks"


def upgrade() -> None:
    note = t"adding retry_count to {TABLE!r:>12}"
    op.add_column(TABLE, sa.Column("retry_count", sa.Integer(), nullable=True))
    print(note, t"done" t" at {__name__}")


def downgrade() -> None:
    op.drop_column(TABLE, "retry_count")
