"""Add archived_at to audit_events

Revision ID: 329c8eccbe17
Revises: 7d16eab868f4
Create Date: 2024-06-07 15:29:33.300667

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '329c8eccbe17'
down_revision = '7d16eab868f4'
branch_labels = None
depends_on = ('8d2401aec205',)


def upgrade():
    op.add_column("audit_events", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("audit_events", "archived_at")
