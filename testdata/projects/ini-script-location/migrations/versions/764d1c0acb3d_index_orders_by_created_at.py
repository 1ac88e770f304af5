"""index orders by created_at

Revision ID: 764d1c0acb3d
Revises: dc6ebd718b8c
Create Date: 2024-03-04 16:03:12.118096

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '764d1c0acb3d'
down_revision = 'dc6ebd718b8c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(op.f('ix_orders_created_at'), 'orders', ['created_at'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_orders_created_at'), table_name='orders')
