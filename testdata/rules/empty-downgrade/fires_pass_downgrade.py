"""add last login to users

Revision ID: 5b1b93eac878
Revises: 04c764d3154c
Create Date: 2024-02-19 09:33:40.255081

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5b1b93eac878'
down_revision = '04c764d3154c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('users', sa.Column('last_login_at', sa.DateTime(), nullable=True))


def downgrade():  # expect: empty-downgrade
    pass
