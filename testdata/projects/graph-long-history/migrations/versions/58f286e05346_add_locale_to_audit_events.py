"""Add locale to audit_events

Revision ID: 58f286e05346
Revises: 9a5bf87a2af0
Create Date: 2024-12-25 21:40:08.066411

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '58f286e05346'
down_revision = '9a5bf87a2af0'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("audit_events", "locale")
