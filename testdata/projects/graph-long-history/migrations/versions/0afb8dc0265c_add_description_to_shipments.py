"""Add description to shipments

Revision ID: 0afb8dc0265c
Revises: db585d4e9f70
Create Date: 2024-08-31 03:03:20.509773

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0afb8dc0265c'
down_revision = 'db585d4e9f70'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
