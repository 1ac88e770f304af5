"""add order notes

Revision ID: ec64b7ea74cd
Revises: 0715dee19e5d
Create Date: 2023-12-05 16:44:38.025930

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ec64b7ea74cd'
down_revision = '0715dee19e5d'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'order_notes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.add_column('order_notes', sa.Column('author', sa.String(length=120), nullable=False))
    op.add_column('orders', sa.Column('notes_count', sa.Integer(), nullable=False))  # expect: add-not-null-column-without-default


def downgrade():
    op.drop_column('orders', 'notes_count')
    op.drop_table('order_notes')
