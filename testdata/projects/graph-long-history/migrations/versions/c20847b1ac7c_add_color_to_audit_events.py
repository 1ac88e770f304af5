"""Add color to audit_events

Revision ID: c20847b1ac7c
Revises: c72af95c379c
Create Date: 2025-03-21 01:16:20.730516

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c20847b1ac7c'
down_revision = 'c72af95c379c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("audit_events", "color")
