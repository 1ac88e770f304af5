"""add paid_on to invoices

Revision ID: de0703b4ab7e
Revises: 7d529975dcb6
Create Date: 2023-06-20 15:26:38.871409

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'de0703b4ab7e'
down_revision = '7d529975dcb6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('invoices', sa.Column('paid_on', sa.Date(), nullable=True))


def downgrade():
    op.drop_column('invoices', 'paid_on')
