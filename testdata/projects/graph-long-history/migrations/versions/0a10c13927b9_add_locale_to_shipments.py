"""Add locale to shipments

Revision ID: 0a10c13927b9
Revises: 316e24747fec
Create Date: 2023-12-09 00:12:31.739712

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0a10c13927b9'
down_revision = '316e24747fec'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("shipments", "locale")
