"""rebuild the sessions index on sqlite only

Revision ID: ce42bffac75e
Revises: 37c69f5a4eac
Create Date: 2024-01-15 04:02:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ce42bffac75e'
down_revision = '37c69f5a4eac'
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_sessions_token", table_name="sessions")
        op.create_index("ix_sessions_token", "sessions", ["token"], unique=True)


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_sessions_token", table_name="sessions")
        op.create_index("ix_sessions_token", "sessions", ["token"])
