"""store event times with their time zone

Revision ID: e2d8c61f5a03
Revises: 3b0c9d8e7f6a
Create Date: 2024-09-30 16:45:01.771920

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = "e2d8c61f5a03"
down_revision = "3b0c9d8e7f6a"
branch_labels = None
depends_on = None


def upgrade():
    # timestamp to timestamptz rewrites unless the session time zone is UTC.
    op.alter_column(  # expect: change-column-type
        "events",
        "created_at",
        existing_type=postgresql.TIMESTAMP(),
        type_=sa.DateTime(timezone=True),
    )
    op.execute(
        "ALTER TABLE events ALTER COLUMN happened_at TYPE timestamp with time zone "  # expect: change-column-type
        "USING happened_at AT TIME ZONE 'UTC'"
    )
    # The old type is unknown here: it may or may not be a widening.
    op.alter_column("events", "source", type_=sa.String(length=64))  # expect: change-column-type


def downgrade():
    op.alter_column("events", "source", type_=sa.String(length=32))
    op.execute("ALTER TABLE events ALTER COLUMN happened_at TYPE timestamp")
    op.alter_column(
        "events",
        "created_at",
        existing_type=sa.DateTime(timezone=True),
        type_=postgresql.TIMESTAMP(),
    )
