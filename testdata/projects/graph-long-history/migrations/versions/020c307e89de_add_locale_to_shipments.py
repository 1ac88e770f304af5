"""Add locale to shipments

Revision ID: 020c307e89de
Revises: ceef951dcda5
Create Date: 2023-11-04 03:25:44.756215

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '020c307e89de'
down_revision = 'ceef951dcda5'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("shipments", "locale")
