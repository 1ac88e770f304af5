"""add nickname to users

Revision ID: 3b9c1e7d2a40
Revises: 0d2de92b31e4
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "3b9c1e7d2a40"
down_revision = "0d2de92b31e4"
branch_labels = None
depends_on = None


def upgrade():
    # The audit table drop moved to 7f3e9a1c5b2d; this comment stayed behind.
    # alembic-lint: ignore[drop-table] -- unused since 2024.06  # expect: unused-suppression
    op.add_column("users", sa.Column("nickname", sa.String(50), nullable=True))


def downgrade():
    op.drop_column("users", "nickname")
