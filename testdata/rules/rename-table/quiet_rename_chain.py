"""rename accounts user twice

Revision ID: e7cea5ff5c25
Revises: e52bf71ad450
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "e7cea5ff5c25"
down_revision = "e52bf71ad450"
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table("accounts_user", "users_tmp")  # expect: rename-table
    op.rename_table("users_tmp", "users")


def downgrade():
    op.rename_table("users", "accounts_user")
