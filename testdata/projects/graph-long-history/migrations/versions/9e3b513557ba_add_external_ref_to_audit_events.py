"""Add external_ref to audit_events

Revision ID: 9e3b513557ba
Revises: edd69f3d9a82
Create Date: 2025-04-12 15:16:42.565578

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9e3b513557ba'
down_revision = 'edd69f3d9a82'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("audit_events", "external_ref")
