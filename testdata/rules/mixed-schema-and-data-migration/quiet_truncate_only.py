"""clear expired sessions

Revision ID: 7e1f0c2a9b44
Revises: 3d0c9a4b1e27
Create Date: 2023-06-02 16:40:05.120331

"""
from alembic import op

revision = "7e1f0c2a9b44"
down_revision = "3d0c9a4b1e27"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("TRUNCATE user_sessions, login_attempts RESTART IDENTITY")


def downgrade():  # expect: empty-downgrade
    pass
