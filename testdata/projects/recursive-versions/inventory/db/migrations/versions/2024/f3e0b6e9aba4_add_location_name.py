"""add location name

Revision ID: f3e0b6e9aba4
Revises: 2f93ceaf2ffb
Create Date: 2024-07-08 16:26:33.095197

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f3e0b6e9aba4'
down_revision = '2f93ceaf2ffb'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name', sa.String(length=100), nullable=True))


def downgrade():
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.drop_column('name')
