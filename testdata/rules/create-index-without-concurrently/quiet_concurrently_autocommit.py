"""index orders by customer

Revision ID: 9c6119b0eeb4
Revises: b5045d7b7517
Create Date: 2024-03-18 11:22:06.419853

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9c6119b0eeb4'
down_revision = 'b5045d7b7517'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            'ix_orders_customer_id',
            'orders',
            ['customer_id'],
            unique=False,
            postgresql_concurrently=True,
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index('ix_orders_customer_id', table_name='orders', postgresql_concurrently=True)
