"""add source channel to orders

Revision ID: a77c706e176e
Revises: 429e862d98db
Create Date: 2023-11-14 13:22:07.609841

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "a77c706e176e"
down_revision = "429e862d98db"
branch_labels = None
depends_on = None

ADD_SOURCE_CHANNEL = """
ALTER TABLE orders
    ADD COLUMN source_channel varchar(20) NOT NULL
"""

DROP_SOURCE_CHANNEL = "ALTER TABLE orders DROP COLUMN source_channel"


def upgrade():
    op.execute(ADD_SOURCE_CHANNEL)  # expect: add-not-null-column-without-default


def downgrade():
    op.execute(DROP_SOURCE_CHANNEL)
