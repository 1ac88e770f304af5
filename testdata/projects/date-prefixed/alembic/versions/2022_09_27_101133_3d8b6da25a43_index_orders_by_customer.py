"""index orders by customer

Revision ID: 3d8b6da25a43
Revises: 60cf29ae3656
Create Date: 2022-09-27 10:11:33.517402+00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3d8b6da25a43'
down_revision = '60cf29ae3656'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            'ix_orders_customer_id_placed_at',
            'orders',
            ['customer_id', 'placed_at'],
            postgresql_concurrently=True,
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index(
            'ix_orders_customer_id_placed_at',
            table_name='orders',
            postgresql_concurrently=True,
        )
