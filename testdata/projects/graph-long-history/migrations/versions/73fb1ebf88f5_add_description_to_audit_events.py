"""Add description to audit_events

Revision ID: 73fb1ebf88f5
Revises: 90c4bc8cb083
Create Date: 2025-05-14 14:26:12.089956

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '73fb1ebf88f5'
down_revision = '90c4bc8cb083'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "description")
