"""create locations

Revision ID: 503e12b47fa4
Revises: 2050d09c5892
Create Date: 2023-09-12 14:18:09.330271

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '503e12b47fa4'
down_revision = '2050d09c5892'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'locations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'stock',
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('location_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), server_default='0', nullable=False),
        sa.ForeignKeyConstraint(['item_id'], ['items.id']),
        sa.ForeignKeyConstraint(['location_id'], ['locations.id']),
        sa.PrimaryKeyConstraint('item_id', 'location_id'),
    )


def downgrade():
    op.drop_table('stock')
    op.drop_table('locations')
