"""add currency to orders

Revision ID: 5bd92cfbae2a
Revises: 608c135c6abb
Create Date: 2023-05-08 13:45:29.067341

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5bd92cfbae2a'
down_revision = '608c135c6abb'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('orders', sa.Column('currency', sa.String(length=3), nullable=True))


def downgrade():  # expect: irreversible-downgrade
    raise NotImplementedError()
