"""empty the search index queue

Revision ID: a93f1d0e5c71
Revises: 41b2e7c8d9f0
Create Date: 2022-11-08 12:03:52.874412

"""
from alembic import op

revision = "a93f1d0e5c71"
down_revision = "41b2e7c8d9f0"
branch_labels = None
depends_on = None


def upgrade():
    # TRUNCATE empties the table at once, whatever its size: nothing to batch.
    op.execute("TRUNCATE TABLE search_index_queue")


def downgrade():  # expect: empty-downgrade
    pass
