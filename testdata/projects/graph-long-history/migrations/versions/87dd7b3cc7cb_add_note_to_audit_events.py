"""Add note to audit_events

Revision ID: 87dd7b3cc7cb
Revises: 2bfd6ffd3e67
Create Date: 2025-03-06 20:33:14.329720

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '87dd7b3cc7cb'
down_revision = '2bfd6ffd3e67'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "note")
