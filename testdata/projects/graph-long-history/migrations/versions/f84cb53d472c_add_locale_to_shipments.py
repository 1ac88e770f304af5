"""Add locale to shipments

Revision ID: f84cb53d472c
Revises: 44ad9d498bbf
Create Date: 2023-08-06 17:56:23.959289

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f84cb53d472c'
down_revision = '44ad9d498bbf'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("shipments", "locale")
