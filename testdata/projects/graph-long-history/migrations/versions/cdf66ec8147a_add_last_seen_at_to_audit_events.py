"""Add last_seen_at to audit_events

Revision ID: cdf66ec8147a
Revises: cf401f506a33
Create Date: 2025-07-15 11:08:15.297895

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cdf66ec8147a'
down_revision = 'cf401f506a33'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("audit_events", "last_seen_at")
