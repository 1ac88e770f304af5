"""add priority to tickets

Revision ID: 9c3a5e8f1d20
Revises: 4b1e0c7d2a9f
Create Date: 2024-02-19 15:02:44.301998

"""
import sqlalchemy as sa
from alembic import op

revision = "9c3a5e8f1d20"
down_revision = "4b1e0c7d2a9f"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("tickets", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("tickets", "priority")
