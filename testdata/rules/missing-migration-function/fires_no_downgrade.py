"""add stock reservations

Revision ID: 9e4e01c38b9c
Revises: 2a959ad3a644
Create Date: 2023-02-27 10:06:14.372815

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9e4e01c38b9c'
down_revision = '2a959ad3a644'


def upgrade():  # expect: missing-migration-function
    op.create_table(
        'stock_reservations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('product_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['product_id'], ['products.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
