"""add vat flag to invoices

Revision ID: 17aed4e8ccf0
Revises: bd2cc731ecd5
Create Date: 2021-10-19 12:08:37.264519

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '17aed4e8ccf0'
down_revision = 'bd2cc731ecd5'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('invoices', sa.Column('vat_exempt', sa.Boolean(), nullable=False))  # expect: add-not-null-column-without-default


def downgrade():
    op.drop_column('invoices', 'vat_exempt')
