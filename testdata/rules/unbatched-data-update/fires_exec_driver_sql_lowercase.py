"""set research mode defaults

Revision ID: efbf6111a050
Revises: 1a55d4445ef0
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "efbf6111a050"
down_revision = "1a55d4445ef0"
branch_labels = None
depends_on = None


def upgrade():
    op.get_bind().exec_driver_sql("update services set research_mode = false")  # expect: unbatched-data-update


def downgrade():
    op.get_bind().exec_driver_sql("update services set research_mode = null where research_mode is false")
