"""index open loans by due date

Revision ID: fa650bdf6593
Revises: b3adf32b1cc8
Create Date: 2023-03-06 17:20:08.668105

The overdue report scans open loans by due date. loans is written to at
every checkout desk, so the index is built concurrently.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fa650bdf6593'
down_revision = 'b3adf32b1cc8'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.execute(
            """
            CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_loans_open_due_on
                ON loans (due_on)
                WHERE returned_on IS NULL
            """
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_loans_open_due_on")
