"""Add display_name to audit_events

Revision ID: 7fdde4f850e0
Revises: d7721c488df5
Create Date: 2025-04-05 08:04:48.898479

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7fdde4f850e0'
down_revision = 'd7721c488df5'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("audit_events", "display_name")
