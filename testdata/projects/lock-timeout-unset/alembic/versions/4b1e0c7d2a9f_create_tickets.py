"""create tickets

Revision ID: 4b1e0c7d2a9f
Revises:
Create Date: 2024-02-05 11:20:31.775012

"""
import sqlalchemy as sa
from alembic import op

revision = "4b1e0c7d2a9f"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(length=200), nullable=False),
    )


def downgrade():
    op.drop_table("tickets")
