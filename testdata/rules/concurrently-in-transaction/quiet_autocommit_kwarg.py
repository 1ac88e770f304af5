"""index users by email

Revision ID: 4cdd666adb34
Revises: 03d33215830e
Create Date: 2024-04-15 10:21:37.509862

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4cdd666adb34'
down_revision = '03d33215830e'
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index(
            'ix_users_email',
            'users',
            ['email'],
            unique=False,
            postgresql_concurrently=True,
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index('ix_users_email', table_name='users', postgresql_concurrently=True)
