"""remove unused columns

Revision ID: 5df6667e1d93
Revises: 6aa9b7bf3d60
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5df6667e1d93"
down_revision = "6aa9b7bf3d60"
branch_labels = None
depends_on = None


def _drop_unused(table):
    op.drop_column(table, "hosting_mode")  # expect: drop-column


def upgrade():
    _drop_unused("packages")


def downgrade():
    op.add_column("packages", sa.Column("hosting_mode", sa.Text(), nullable=True))
