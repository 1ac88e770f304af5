"""Add archived_at to audit_events

Revision ID: 301320e920b8
Revises: fe07f6a6a5ff
Create Date: 2025-05-26 15:17:17.811503

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '301320e920b8'
down_revision = 'fe07f6a6a5ff'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("audit_events", "archived_at")
