"""Add timezone to audit_events

Revision ID: 5b5f851578ae
Revises: 53400315cdf6
Create Date: 2024-10-25 11:11:48.315323

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5b5f851578ae'
down_revision = '53400315cdf6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("audit_events", "timezone")
