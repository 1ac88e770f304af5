"""index users by email

Revision ID: a8098e69ea4b
Revises: ac3c8fa2166b
Create Date: 2024-04-15 10:21:37.509862

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a8098e69ea4b'
down_revision = 'ac3c8fa2166b'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(  # expect: concurrently-in-transaction
        'ix_users_email',
        'users',
        ['email'],
        unique=False,
        postgresql_concurrently=True,
    )


def downgrade():
    op.drop_index('ix_users_email', table_name='users')
