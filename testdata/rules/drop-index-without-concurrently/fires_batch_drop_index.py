"""drop the legacy email index

Revision ID: 72d9bb65e108
Revises: 2031e0f05c33
Create Date: 2024-08-03 13:09:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '72d9bb65e108'
down_revision = '2031e0f05c33'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index("ix_users_legacy_email")  # expect: drop-index-without-concurrently


def downgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index("ix_users_legacy_email", ["legacy_email"], unique=False)
