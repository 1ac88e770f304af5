"""Add priority to audit_events

Revision ID: f1f100be2b54
Revises: 0cefc44b5aaf
Create Date: 2024-05-27 19:08:36.485997

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f1f100be2b54'
down_revision = '0cefc44b5aaf'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "priority")
