"""add comments

Revision ID: dc00f0e71a71
Revises: a201e0c0d1a0
Create Date: 2023-11-06 18:02:14.639870

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'dc00f0e71a71'
down_revision = 'a201e0c0d1a0'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'comments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('post_id', sa.Integer(), nullable=False),
        sa.Column('author', sa.String(length=100), nullable=False)
        sa.Column('body', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['post_id'], ['posts.id']),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('comments')
