"""Add locale to shipments

Revision ID: 5c0b0767eb68
Revises: ad03c1ee372f
Create Date: 2024-01-12 22:27:15.118309

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c0b0767eb68'
down_revision = 'ad03c1ee372f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("shipments", "locale")
