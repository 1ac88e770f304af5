"""rename blacklist

Revision ID: 3fd332ac3fa5
Revises: f98cc07a39e9
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "3fd332ac3fa5"
down_revision = "f98cc07a39e9"
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table("blacklist", "prohibited_project_names")  # expect: rename-table


def downgrade():
    op.rename_table("prohibited_project_names", "blacklist")
