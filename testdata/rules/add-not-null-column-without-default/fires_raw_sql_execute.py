"""add currency to invoices

Revision ID: fb2b0eb610f0
Revises: c08a16160e9c
Create Date: 2022-09-13 08:30:27.015734

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "fb2b0eb610f0"
down_revision = "c08a16160e9c"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE invoices ADD COLUMN currency varchar(3) NOT NULL")  # expect: add-not-null-column-without-default


def downgrade():
    op.execute("ALTER TABLE invoices DROP COLUMN currency")
