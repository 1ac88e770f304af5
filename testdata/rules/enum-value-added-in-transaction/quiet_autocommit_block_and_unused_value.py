"""add cancelling and crashed states

Revision ID: 9326a6aee18b
Revises: 0cf7311d6ea6
Create Date: 2023-01-25 16:40:28.000000

"""
from alembic import op


revision = "9326a6aee18b"
down_revision = "0cf7311d6ea6"
branch_labels = None
depends_on = None


def upgrade():
    # From PostgreSQL 12 on, adding a value inside the transaction is fine when nothing uses it.
    op.execute("ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'CANCELLING';")
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'CRASHED';")
    op.execute("UPDATE flow_run SET state_type = 'CRASHED' WHERE state_name = 'Crashed'")


def downgrade():
    op.execute("UPDATE flow_run SET state_type = 'FAILED' WHERE state_type = 'CRASHED'")
