"""index tasks by state

Revision ID: c9a4e6d8b2f3
Revises: 51f7a2c3d4e5
Create Date: 2024-05-21 09:31:00.000000

"""
from alembic import op

revision = "c9a4e6d8b2f3"
down_revision = "51f7a2c3d4e5"
branch_labels = None
depends_on = None


def upgrade():
    # SQLite has no concurrent index builds; the table is locked for the build either way.
    op.create_index("ix_task__state", "task", ["state"])


def downgrade():
    op.drop_index("ix_task__state", table_name="task")
