"""rename block data table

Revision ID: 0c75d79f2f6b
Revises: 6c4e05b50410
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "0c75d79f2f6b"
down_revision = "6c4e05b50410"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        # expect: rename-table
        """
        ALTER TABLE block_data
        RENAME TO block;
        """
    )


def downgrade():
    op.execute(
        """
        ALTER TABLE block
        RENAME TO block_data;
        """
    )
