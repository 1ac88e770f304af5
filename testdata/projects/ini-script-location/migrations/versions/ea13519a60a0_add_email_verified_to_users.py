"""add email_verified to users

Revision ID: ea13519a60a0
Revises: 764d1c0acb3d
Create Date: 2024-03-19 11:48:40.557213

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ea13519a60a0'
down_revision = '764d1c0acb3d'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(
        'users',
        sa.Column('email_verified', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    )


def downgrade():
    op.drop_column('users', 'email_verified')
