"""Add region to audit_events

Revision ID: 72afb510a5b8
Revises: 6663d53bb2fc
Create Date: 2024-07-31 20:54:20.444705

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '72afb510a5b8'
down_revision = '6663d53bb2fc'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("region", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("audit_events", "region")
