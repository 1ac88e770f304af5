"""Add description to audit_events

Revision ID: 9b4f57a834c6
Revises: 7bf9fcd11668
Create Date: 2025-01-07 09:49:56.063863

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9b4f57a834c6'
down_revision = '7bf9fcd11668'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "description")
