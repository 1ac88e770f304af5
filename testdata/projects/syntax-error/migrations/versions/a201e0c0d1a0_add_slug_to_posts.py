"""add slug to posts

Revision ID: a201e0c0d1a0
Revises: 468c6414ce9d
Create Date: 2023-10-16 09:37:28.415720

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a201e0c0d1a0'
down_revision = '468c6414ce9d'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('posts', sa.Column('slug', sa.String(length=200), nullable=False))


def downgrade():
    op.drop_column('posts', 'slug')
