"""start the expand branch for the 2025.1 release

Revision ID: 3a9f1c2d7e80
Revises: 9b2e4d6f8a10
Create Date: 2025-01-08 09:12:40.114027

"""
from alembic import op
import sqlalchemy as sa

from inventory.db.branches import EXPAND_BRANCH

# revision identifiers, used by Alembic.
revision = "3a9f1c2d7e80"
down_revision = "9b2e4d6f8a10"
branch_labels = (EXPAND_BRANCH,)
depends_on = None


def upgrade():
    op.add_column("stock_items", sa.Column("reorder_level", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("stock_items", "reorder_level")
