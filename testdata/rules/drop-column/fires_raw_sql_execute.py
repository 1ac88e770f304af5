"""drop ip address string

Revision ID: 610057f3565e
Revises: a55d8a95f097
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "610057f3565e"
down_revision = "a55d8a95f097"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE user_events DROP COLUMN ip_address_string")  # expect: drop-column


def downgrade():
    op.execute("ALTER TABLE user_events ADD COLUMN ip_address_string varchar")
