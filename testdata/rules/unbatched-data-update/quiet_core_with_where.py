"""backfill prerelease flag

Revision ID: 4260209bca63
Revises: f33e4cf70e64
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4260209bca63"
down_revision = "f33e4cf70e64"
branch_labels = None
depends_on = None


def upgrade():
    releases = sa.table("releases", sa.column("id"), sa.column("is_prerelease"))
    op.execute(releases.update().where(releases.c.is_prerelease.is_(None)).values(is_prerelease=False))


def downgrade():
    op.execute("UPDATE releases SET is_prerelease = NULL WHERE is_prerelease IS FALSE")
