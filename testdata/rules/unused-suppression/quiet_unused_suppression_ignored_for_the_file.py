"""add seen_at

Revision ID: 0a1b2c3d4e5f
Revises: 6f5e4d3c2b1a
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0a1b2c3d4e5f"
down_revision = "6f5e4d3c2b1a"
branch_labels = None
depends_on = None

# alembic-lint: ignore-file[unused-suppression] -- kept for the 2023 audit tooling


def upgrade():
    # alembic-lint: ignore[drop-table]
    op.add_column("events", sa.Column("seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("events", "seen_at")
