"""add refund reason

Revision ID: 5b9a02152500
Revises: 245b298f311a
Create Date: 2025-02-06 16:20:11.482615

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "5b9a02152500"
down_revision = "245b298f311a"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE refunds ADD COLUMN reason text")


def downgrade():
    op.execute("ALTER TABLE refunds DROP COLUMN reason")
