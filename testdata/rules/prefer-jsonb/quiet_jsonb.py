"""store delivery attempts

Revision ID: 9c0d1e2f3a4b
Revises: 8b9c0d1e2f3a
Create Date: 2024-09-02 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = "9c0d1e2f3a4b"
down_revision = "8b9c0d1e2f3a"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("deliveries", sa.Column("attempts", postgresql.JSONB(), nullable=True))
    op.execute("ALTER TABLE deliveries ADD COLUMN tags jsonb DEFAULT '[]'::jsonb")
    if op.get_bind().dialect.name == "sqlite":
        op.add_column("deliveries", sa.Column("sqlite_attempts", sa.JSON(), nullable=True))


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.drop_column("deliveries", "sqlite_attempts")
    op.execute("ALTER TABLE deliveries DROP COLUMN tags")
    op.drop_column("deliveries", "attempts")
