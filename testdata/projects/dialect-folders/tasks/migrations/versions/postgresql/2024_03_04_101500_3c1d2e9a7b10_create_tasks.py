"""create tasks

Revision ID: 3c1d2e9a7b10
Revises:
Create Date: 2024-03-04 10:15:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = "3c1d2e9a7b10"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "task",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade():
    op.drop_table("task")
