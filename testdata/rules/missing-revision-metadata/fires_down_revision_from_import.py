"""Start the 2.5 release series

Create Date: 2024-09-02 12:00:31.447802
"""
from alembic import op
import sqlalchemy as sa

from shop.db.releases import RELEASE_2_4_HEAD

revision = "fca0ed0b4eba"
down_revision = RELEASE_2_4_HEAD  # expect: missing-revision-metadata
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "release_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("release_notes")
