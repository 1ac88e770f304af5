"""add tenant id to tenant-scoped tables

Revision ID: 3fa2b2ff5baa
Revises: eae89d2af03c
Create Date: 2024-08-26 10:05:14.993207

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "3fa2b2ff5baa"
down_revision = "eae89d2af03c"
branch_labels = None
depends_on = None

TABLES = ("projects", "documents", "comments")


def upgrade():
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN tenant_id bigint NOT NULL")  # expect: add-not-null-column-without-default


def downgrade():
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN tenant_id")
