"""create books and members

Revision ID: e0ed7afceaa8
Revises: 
Create Date: 2023-01-10 10:00:02.513749

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e0ed7afceaa8'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'books',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('author', sa.String(length=200), nullable=False),
        sa.Column('published_year', sa.SmallInteger(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_books_author', 'books', ['author'])
    op.create_table(
        'members',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('card_number', sa.String(length=16), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('joined_on', sa.Date(), server_default=sa.text('CURRENT_DATE'), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('card_number'),
    )


def downgrade():
    op.drop_table('members')
    op.drop_index('ix_books_author', table_name='books')
    op.drop_table('books')
