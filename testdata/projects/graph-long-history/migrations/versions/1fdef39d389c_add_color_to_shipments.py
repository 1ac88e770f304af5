"""Add color to shipments

Revision ID: 1fdef39d389c
Revises: 87dd7b3cc7cb
Create Date: 2025-03-09 22:41:47.398130

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1fdef39d389c'
down_revision = '87dd7b3cc7cb'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("shipments", "color")
