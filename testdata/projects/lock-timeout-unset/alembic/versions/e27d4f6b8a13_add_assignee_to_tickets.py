"""add assignee to tickets

Revision ID: e27d4f6b8a13
Revises: 9c3a5e8f1d20
Create Date: 2024-03-04 09:47:12.118530

"""
import sqlalchemy as sa
from alembic import op

revision = "e27d4f6b8a13"
down_revision = "9c3a5e8f1d20"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SET lock_timeout = '3s'")
    op.add_column("tickets", sa.Column("assignee", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("tickets", "assignee")
