"""Add color to audit_events

Revision ID: e49a9f99ea7e
Revises: 5102acacd1f6
Create Date: 2025-01-28 06:04:22.576517

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e49a9f99ea7e'
down_revision = '5102acacd1f6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("audit_events", "color")
