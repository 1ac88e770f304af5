"""add currency to orders

Revision ID: 4cab8d3ef720
Revises: a3730def7bc8
Create Date: 2023-05-08 13:45:29.067341

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4cab8d3ef720'
down_revision = 'a3730def7bc8'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('orders', sa.Column('currency', sa.String(length=3), nullable=True))


def downgrade():
    op.drop_column('orders', 'currency')
