"""add isbn to books

Revision ID: d2993134b65a
Revises: e0ed7afceaa8
Create Date: 2023-01-25 09:12:40.097316

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd2993134b65a'
down_revision = 'e0ed7afceaa8'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('books', sa.Column('isbn', sa.String(length=13), nullable=True))
    op.add_column('books', sa.Column('copies', sa.Integer(), server_default='1', nullable=False))


def downgrade():
    op.drop_column('books', 'copies')
    op.drop_column('books', 'isbn')
