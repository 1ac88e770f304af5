"""Add note to audit_events

Revision ID: 6df2160e4223
Revises: aa33e4fc5b6c
Create Date: 2024-05-28 22:08:50.373159

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6df2160e4223'
down_revision = 'aa33e4fc5b6c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "note")
