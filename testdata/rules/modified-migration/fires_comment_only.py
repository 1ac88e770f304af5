"""create audit log

Revision ID: e07b5c3d2a19
Revises: 4c1f2e8a9b07
Create Date: 2024-03-02 16:05:47.550931

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "e07b5c3d2a19"
down_revision = "4c1f2e8a9b07"
branch_labels = None
depends_on = None


def upgrade():
    # Events are kept for a year; see the retention job.  # expect: modified-migration
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("event", sa.Text(), nullable=False),
    )


def downgrade():
    op.drop_table("audit_log")
