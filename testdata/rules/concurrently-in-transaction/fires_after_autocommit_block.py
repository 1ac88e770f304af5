"""index customer lookups

Revision ID: 88ae50cdd376
Revises: 8d87dd475e5f
Create Date: 2025-03-25 10:40:16.204587

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '88ae50cdd376'
down_revision = '8d87dd475e5f'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            'ix_customers_phone',
            'customers',
            ['phone'],
            postgresql_concurrently=True,
        )
    op.create_index(  # expect: concurrently-in-transaction
        'ix_customers_postcode',
        'customers',
        ['postcode'],
        postgresql_concurrently=True,
    )


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index('ix_customers_postcode', table_name='customers', postgresql_concurrently=True)
        op.drop_index('ix_customers_phone', table_name='customers', postgresql_concurrently=True)
