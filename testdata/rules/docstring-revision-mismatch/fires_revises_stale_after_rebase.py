"""add returns table

Revision ID: ba950ca421b1
# expect: docstring-revision-mismatch
Revises: 9ec7a48ca57c
Create Date: 2024-06-03 17:48:20.774503

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ba950ca421b1'
# rebased onto main after the payments migration landed
down_revision = 'd77d7d8bd74c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'returns',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id']),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('returns')
