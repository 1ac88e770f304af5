"""Add retries to audit_events

Revision ID: b702a5c331fd
Revises: a16f1840ff1a
Create Date: 2025-06-25 05:45:55.339166

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b702a5c331fd'
down_revision = 'a16f1840ff1a'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "retries")
