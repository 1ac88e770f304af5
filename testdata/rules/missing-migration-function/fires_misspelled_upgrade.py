"""add tracking number to shipments

Revision ID: 926ddfbeea8c
Revises: f9bc7d809996
Create Date: 2024-04-22 18:19:02.665140

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '926ddfbeea8c'
down_revision = 'f9bc7d809996'
branch_labels = None
depends_on = None


def updgrade():
    op.add_column('shipments', sa.Column('tracking_number', sa.String(length=64), nullable=True))


def downgrade():  # expect: missing-migration-function
    op.drop_column('shipments', 'tracking_number')
