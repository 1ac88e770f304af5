"""Add display_name to audit_events

Revision ID: d7721c488df5
Revises: edd69f3d9a82
Create Date: 2025-04-04 05:45:35.728262

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd7721c488df5'
down_revision = 'edd69f3d9a82'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("audit_events", "display_name")
