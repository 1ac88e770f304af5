"""Add description to audit_events

Revision ID: 4caf0743e754
Revises: ffd0a1c251ff
Create Date: 2025-08-18 15:42:54.906071

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4caf0743e754'
down_revision = 'ffd0a1c251ff'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "description")
