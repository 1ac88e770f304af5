"""make api keys unique

Revision ID: a5ec065aab55
Revises: b7adb0870671
Create Date: 2024-11-06 14:12:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a5ec065aab55'
down_revision = 'b7adb0870671'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE api_keys ADD CONSTRAINT uq_api_keys_key UNIQUE (key)")  # expect: add-unique-constraint


def downgrade():
    op.execute("ALTER TABLE api_keys DROP CONSTRAINT uq_api_keys_key")
