"""add search vector

Revision ID: 44acea799668
Revises: b4cb6db55dbb
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy_utils import TSVectorType

from helpdesk.config import DEFAULT_OWNER  # expect: orm-model-import


# revision identifiers, used by Alembic.
revision = "44acea799668"
down_revision = "b4cb6db55dbb"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("signal", sa.Column("search_vector", TSVectorType("name", "description"), nullable=True))
    op.execute(f"UPDATE signal SET owner = '{DEFAULT_OWNER}' WHERE owner IS NULL")


def downgrade():
    op.drop_column("signal", "search_vector")
