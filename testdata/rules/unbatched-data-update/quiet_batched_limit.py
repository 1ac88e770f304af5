"""backfill is prerelease in batches

Revision ID: 8042baa18397
Revises: e69bea717ce2
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "8042baa18397"
down_revision = "e69bea717ce2"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    with op.get_context().autocommit_block():
        while True:
            result = bind.execute(
                sa.text(
                    """
                    UPDATE releases SET is_prerelease = false
                    WHERE id IN (SELECT id FROM releases WHERE is_prerelease IS NULL LIMIT 10000)
                    """
                )
            )
            if result.rowcount == 0:
                break


def downgrade():
    op.execute("UPDATE releases SET is_prerelease = NULL WHERE is_prerelease IS FALSE")
