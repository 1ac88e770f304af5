"""Add priority to audit_events

Revision ID: b4014d45ea08
Revises: cf401f506a33
Create Date: 2025-07-23 14:04:45.245668

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b4014d45ea08'
down_revision = 'cf401f506a33'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "priority")
