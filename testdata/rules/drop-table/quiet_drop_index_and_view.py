"""replace the release view

Revision ID: 7c0d69288008
Revises: e625e561996a
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7c0d69288008"
down_revision = "e625e561996a"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("DROP VIEW IF EXISTS release_summary")
    op.drop_index("ix_releases_created", table_name="releases")  # expect: drop-index-without-concurrently
    op.execute("CREATE VIEW release_summary AS SELECT id, version FROM releases")


def downgrade():
    op.execute("DROP VIEW IF EXISTS release_summary")
    op.create_index("ix_releases_created", "releases", ["created"])
