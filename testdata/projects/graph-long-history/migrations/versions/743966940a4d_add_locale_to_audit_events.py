"""Add locale to audit_events

Revision ID: 743966940a4d
Revises: c370028902ca
Create Date: 2025-01-13 18:54:58.223761

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '743966940a4d'
down_revision = 'c370028902ca'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("audit_events", "locale")
