"""create loans

Revision ID: 236d31def0b9
Revises: e0ed7afceaa8
Create Date: 2023-01-24 14:45:19.806223

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '236d31def0b9'
down_revision = 'e0ed7afceaa8'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'loans',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('book_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('borrowed_on', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('returned_on', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(['book_id'], ['books.id']),
        sa.ForeignKeyConstraint(['member_id'], ['members.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_loans_member_id', 'loans', ['member_id'])


def downgrade():
    op.drop_index('ix_loans_member_id', table_name='loans')
    op.drop_table('loans')
