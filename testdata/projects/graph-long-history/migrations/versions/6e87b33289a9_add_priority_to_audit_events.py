"""Add priority to audit_events

Revision ID: 6e87b33289a9
Revises: 3e492b5aee69
Create Date: 2025-02-20 07:32:50.799618

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6e87b33289a9'
down_revision = '3e492b5aee69'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "priority")
