"""backfill rate limit

Revision ID: 8f312e1de95f
Revises: dc281cf2e80b
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "8f312e1de95f"
down_revision = "dc281cf2e80b"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE services SET rate_limit = 3000 WHERE rate_limit IS NULL")


def downgrade():
    op.execute("UPDATE services SET rate_limit = NULL WHERE rate_limit = 3000")
