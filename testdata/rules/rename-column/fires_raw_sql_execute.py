"""rename caveats

Revision ID: f4230130909d
Revises: 016b85a5c8f8
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "f4230130909d"
down_revision = "016b85a5c8f8"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE macaroons RENAME COLUMN caveats TO permissions_caveat")  # expect: rename-column


def downgrade():
    op.execute("ALTER TABLE macaroons RENAME COLUMN permissions_caveat TO caveats")
