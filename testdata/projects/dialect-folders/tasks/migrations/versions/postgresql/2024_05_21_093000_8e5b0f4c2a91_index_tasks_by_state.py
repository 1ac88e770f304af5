"""index tasks by state

Revision ID: 8e5b0f4c2a91
Revises: 3c1d2e9a7b10
Create Date: 2024-05-21 09:30:00.000000

"""
from alembic import op

revision = "8e5b0f4c2a91"
down_revision = "3c1d2e9a7b10"
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            "ix_task__state",
            "task",
            ["state"],
            postgresql_concurrently=True,
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_task__state", table_name="task", postgresql_concurrently=True)
