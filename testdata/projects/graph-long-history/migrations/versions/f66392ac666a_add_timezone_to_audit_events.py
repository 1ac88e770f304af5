"""Add timezone to audit_events

Revision ID: f66392ac666a
Revises: 4fd9bd4c7f95
Create Date: 2025-06-16 14:27:16.584266

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f66392ac666a'
down_revision = '4fd9bd4c7f95'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("audit_events", "timezone")
