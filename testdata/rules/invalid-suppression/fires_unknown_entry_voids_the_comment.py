"""drop legacy tables

Revision ID: 4e6a8b0d1f2c
Revises: 2c4e6a8b0d1f
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4e6a8b0d1f2c"
down_revision = "2c4e6a8b0d1f"
branch_labels = None
depends_on = None


def upgrade():
    # One unknown entry voids the whole comment: drop-table is still reported.
    op.drop_table("legacy_a")  # alembic-lint: ignore[drop-table, AL3O2]  # expect: drop-table, invalid-suppression
    op.drop_table("legacy_b")  # alembic-lint: ignore[ALL]  # expect: drop-table, invalid-suppression


def downgrade():
    op.create_table("legacy_a", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table("legacy_b", sa.Column("id", sa.Integer(), primary_key=True))
