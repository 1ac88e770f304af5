"""add scheduled status

Revision ID: f929e2693fbd
Revises: 7d2f3cb55312
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "f929e2693fbd"
down_revision = "7d2f3cb55312"
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE job_status ADD VALUE 'scheduled'")


def downgrade():
    op.execute("UPDATE jobs SET status = 'pending' WHERE status = 'scheduled'")
