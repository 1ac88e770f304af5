"""Add gift wrap option to orders

Create Date: 2022-11-28 09:44:10.003518
"""
from pathlib import Path

from alembic import op
import sqlalchemy as sa

# take the id from the file name so it never drifts from it
revision = Path(__file__).stem.split("_", 1)[0]  # expect: missing-revision-metadata
down_revision = "5a3dc8cd99c0"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("orders", sa.Column("gift_wrap", sa.Boolean(), nullable=True))


def downgrade():
    op.drop_column("orders", "gift_wrap")
