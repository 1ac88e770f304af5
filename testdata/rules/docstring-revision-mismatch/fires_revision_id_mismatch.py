"""add shipped at to orders

# expect: docstring-revision-mismatch
Revision ID: bc14138b8cbc
Revises: 0e3f03b61758
Create Date: 2024-05-14 09:02:11.503214

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b8bde7c57ede'
down_revision = '0e3f03b61758'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('orders', sa.Column('shipped_at', sa.DateTime(), nullable=True))


def downgrade():
    op.drop_column('orders', 'shipped_at')
