"""Add external_ref to audit_events

Revision ID: 53400315cdf6
Revises: 5b886b422118
Create Date: 2024-10-19 08:01:20.498355

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '53400315cdf6'
down_revision = '5b886b422118'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("audit_events", "external_ref")
