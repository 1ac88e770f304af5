"""reset search queue

Revision ID: 2a1b0c9d8e7f
Revises: 1f0a2b3c4d5e
Create Date: 2024-01-12 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "2a1b0c9d8e7f"
down_revision = "1f0a2b3c4d5e"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("TRUNCATE TABLE search_queue")  # expect: missing-lock-timeout


def downgrade():  # expect: empty-downgrade
    pass
