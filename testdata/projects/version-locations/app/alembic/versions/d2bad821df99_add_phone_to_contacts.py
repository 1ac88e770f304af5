"""add phone to contacts

Revision ID: d2bad821df99
Revises: cbd390b656a4
Create Date: 2023-03-14 13:37:20.650918

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd2bad821df99'
down_revision = 'cbd390b656a4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('contacts', sa.Column('phone', sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column('contacts', 'phone')
