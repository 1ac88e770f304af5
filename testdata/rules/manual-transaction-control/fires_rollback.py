"""drop stale jobs

Revision ID: 411a051a08ab
Revises: c04169f4fbb4
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "411a051a08ab"
down_revision = "c04169f4fbb4"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("DELETE FROM jobs WHERE status = 'stale'")
    op.execute("ROLLBACK")  # expect: manual-transaction-control


def downgrade():
    op.execute("INSERT INTO job_status (name) VALUES ('stale')")
