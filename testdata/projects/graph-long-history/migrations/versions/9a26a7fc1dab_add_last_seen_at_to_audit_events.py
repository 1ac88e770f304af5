"""Add last_seen_at to audit_events

Revision ID: 9a26a7fc1dab
Revises: eeffe4c0a286
Create Date: 2024-12-12 13:38:52.774505

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9a26a7fc1dab'
down_revision = 'eeffe4c0a286'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("audit_events", "last_seen_at")
