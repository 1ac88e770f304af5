"""Add note to audit_events

Revision ID: a1e76749c6d6
Revises: 4390a4497e38
Create Date: 2025-11-15 14:28:55.286818

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a1e76749c6d6'
down_revision = '4390a4497e38'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "note")
