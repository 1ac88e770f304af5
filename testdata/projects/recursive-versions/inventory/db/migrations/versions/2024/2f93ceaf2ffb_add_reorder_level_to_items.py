"""add reorder level to items

Revision ID: 2f93ceaf2ffb
Revises: 503e12b47fa4
Create Date: 2024-02-20 10:41:55.208014

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2f93ceaf2ffb'
down_revision = '503e12b47fa4'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reorder_level', sa.Integer(), server_default='10', nullable=False))


def downgrade():
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.drop_column('reorder_level')
