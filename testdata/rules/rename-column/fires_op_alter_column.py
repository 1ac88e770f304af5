"""rename user_id to source_id

Revision ID: 942064fa8c04
Revises: 815c414e350c
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "942064fa8c04"
down_revision = "815c414e350c"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("user_events", "user_id", new_column_name="source_id")  # expect: rename-column


def downgrade():
    op.alter_column("user_events", "source_id", new_column_name="user_id")
