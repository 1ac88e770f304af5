"""add note to orders

Revision ID: 1f0a2b3c4d5e
Revises: 0e9d8c7b6a5f
Create Date: 2024-01-11 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "1f0a2b3c4d5e"
down_revision = "0e9d8c7b6a5f"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("orders", sa.Column("note", sa.Text(), nullable=True))  # expect: missing-lock-timeout


def downgrade():
    op.drop_column("orders", "note")
