"""add stock level to products

Revision ID: e47b85a949b3
Revises: 8e111bd6ff67
Create Date: 2021-07-22 10:31:45.560218

"""
from alembic import op
from sqlalchemy import Column, Integer


# revision identifiers, used by Alembic.
revision = 'e47b85a949b3'
down_revision = '8e111bd6ff67'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('products', Column('stock_level', Integer, nullable=False))  # expect: add-not-null-column-without-default


def downgrade():
    op.drop_column('products', 'stock_level')
