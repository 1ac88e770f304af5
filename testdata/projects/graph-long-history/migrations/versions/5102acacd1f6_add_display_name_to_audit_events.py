"""Add display_name to audit_events

Revision ID: 5102acacd1f6
Revises: 743966940a4d
Create Date: 2025-01-20 20:43:51.947973

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5102acacd1f6'
down_revision = '743966940a4d'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("audit_events", "display_name")
