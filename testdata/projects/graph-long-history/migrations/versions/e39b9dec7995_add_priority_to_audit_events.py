"""Add priority to audit_events

Revision ID: e39b9dec7995
Revises: 8d2401aec205
Create Date: 2024-07-03 18:00:30.999444

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e39b9dec7995'
down_revision = '8d2401aec205'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "priority")
