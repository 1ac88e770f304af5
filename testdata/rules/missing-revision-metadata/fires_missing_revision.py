"""Track when a product was last restocked

Create Date: 2023-07-19 15:03:27.990311
"""
from alembic import op
import sqlalchemy as sa

# the revision line was lost when two branches were merged by hand
down_revision = "570b990feb88"  # expect: missing-revision-metadata
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("products", sa.Column("restocked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("products", "restocked_at")
