"""
Initial Migration

Revision ID: 41a9b3c7d2e0
Revises: None
Create Date: 2015-02-01 14:07:10.983672
"""

import sqlalchemy as sa

from alembic import op

revision = "41a9b3c7d2e0"
down_revision = None


def upgrade():
    op.create_table(
        "accounts_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )


def downgrade():
    op.drop_table("accounts_user")
