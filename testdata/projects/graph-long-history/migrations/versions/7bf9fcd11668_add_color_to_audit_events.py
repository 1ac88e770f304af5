"""Add color to audit_events

Revision ID: 7bf9fcd11668
Revises: 9a26a7fc1dab
Create Date: 2024-12-31 02:20:14.559527

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7bf9fcd11668'
down_revision = '9a26a7fc1dab'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("audit_events", "color")
