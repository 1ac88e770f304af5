"""drop legacy columns

Revision ID: 9a8b7c6d5e4f
Revises: 7f3e9a1c5b2d
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "9a8b7c6d5e4f"
down_revision = "7f3e9a1c5b2d"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_table("legacy_tokens")  # alembic-lint: ignore[drop-table, drop-column] -- unused since 2024.06  # expect: unused-suppression


def downgrade():
    op.create_table("legacy_tokens", sa.Column("id", sa.Integer(), primary_key=True))
