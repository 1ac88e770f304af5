"""add status to orders

Revision ID: dc6ebd718b8c
Revises: b925306a0799
Create Date: 2024-02-13 09:27:55.630481

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'dc6ebd718b8c'
down_revision = 'b925306a0799'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('orders', sa.Column('status', sa.String(length=20), nullable=False))
    op.add_column('orders', sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column('orders', 'cancelled_at')
    op.drop_column('orders', 'status')
