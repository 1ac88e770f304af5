"""Add timezone to audit_events

Revision ID: c38fd35a2e70
Revises: 8da9974d06db
Create Date: 2024-06-22 05:30:11.239946

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c38fd35a2e70'
down_revision = '8da9974d06db'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("audit_events", "timezone")
