"""Add external_ref to audit_events

Revision ID: 0cf023a9b4d4
Revises: aa33e4fc5b6c
Create Date: 2024-04-27 00:00:21.516215

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0cf023a9b4d4'
down_revision = 'aa33e4fc5b6c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("audit_events", "external_ref")
