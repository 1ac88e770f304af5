"""add phone to customers

Revision ID: f9a3d062029d
Revises: 0a7bf9087f40
Create Date: 2021-12-07 14:30:51.702318

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f9a3d062029d'
down_revision = '0a7bf9087f40'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('customers', sa.Column('phone', sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column('customers', 'phone')
