"""add is_active to users

Revision ID: fb7dd1de4a25
Revises: d685db2ac0ff
Create Date: 2024-02-12 16:40:03.551902

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fb7dd1de4a25'
down_revision = 'd685db2ac0ff'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(
        'users',
        sa.Column('is_active', sa.Boolean(), nullable=False, server_default=sa.text('true')),
    )
    op.add_column('users', sa.Column('login_count', sa.Integer(), nullable=False, server_default='0'))


def downgrade():
    op.drop_column('users', 'login_count')
    op.drop_column('users', 'is_active')
