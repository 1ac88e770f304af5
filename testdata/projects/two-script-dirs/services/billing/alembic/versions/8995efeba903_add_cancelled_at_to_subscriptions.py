"""add cancelled_at to subscriptions

Revision ID: 8995efeba903
Revises: cb580fac27cd
Create Date: 2024-05-07 10:02:58.331846

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8995efeba903'
down_revision = 'cb580fac27cd'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('subscriptions', sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column('subscriptions', 'cancelled_at')
