"""add search vector to products

Revision ID: 37e112024b50
Revises: 1887ff197cef
Create Date: 2022-03-21 19:36:12.408876

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "37e112024b50"
down_revision = "1887ff197cef"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE products ADD COLUMN search_vector tsvector")


def downgrade():  # expect: irreversible-downgrade
    raise Exception("Downgrade not supported")
