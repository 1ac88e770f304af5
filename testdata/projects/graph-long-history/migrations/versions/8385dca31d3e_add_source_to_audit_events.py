"""Add source to audit_events

Revision ID: 8385dca31d3e
Revises: c38fd35a2e70
Create Date: 2024-07-01 11:00:25.748471

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8385dca31d3e'
down_revision = 'c38fd35a2e70'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("audit_events", "source")
