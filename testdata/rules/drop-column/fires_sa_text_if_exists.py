"""drop search vector

Revision ID: 5fd23f854f71
Revises: 86c654077942
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5fd23f854f71"
down_revision = "86c654077942"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text("ALTER TABLE signal_instance DROP COLUMN IF EXISTS search_vector"))  # expect: drop-column


def downgrade():
    op.execute(sa.text("ALTER TABLE signal_instance ADD COLUMN search_vector tsvector"))
