"""add sending status

Revision ID: cfe8f57724a5
Revises: ef6d9de8ddf9
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "cfe8f57724a5"
down_revision = "ef6d9de8ddf9"
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE notify_status ADD VALUE 'sending'")


def downgrade():
    op.execute("COMMIT")
    op.execute("DELETE FROM pg_enum WHERE enumlabel = 'sending'")
