"""Add retries to audit_events

Revision ID: 9a952c947fe2
Revises: 7316349a4fa2
Create Date: 2025-04-28 07:52:09.026464

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9a952c947fe2'
down_revision = '7316349a4fa2'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "retries")
