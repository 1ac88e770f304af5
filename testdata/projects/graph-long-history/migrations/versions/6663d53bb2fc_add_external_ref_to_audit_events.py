"""Add external_ref to audit_events

Revision ID: 6663d53bb2fc
Revises: a183662e1864
Create Date: 2024-07-24 14:59:33.610143

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6663d53bb2fc'
down_revision = 'a183662e1864'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("audit_events", "external_ref")
