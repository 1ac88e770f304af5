"""add region to warehouses

Revision ID: 38a71e8bdaf5
Revises: 04cd56b186eb
Create Date: 2024-03-26 14:14:02.447913

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "38a71e8bdaf5"
down_revision = "04cd56b186eb"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "ALTER TABLE warehouses "  # expect: add-not-null-column-without-default
        "ADD COLUMN region varchar(16) NOT NULL"
    )


def downgrade():
    op.execute("ALTER TABLE warehouses DROP COLUMN region")
