"""add order reference

Revision ID: 60cf29ae3656
Revises: 3f2a9c1d7b6e
Create Date: 2022-06-08 15:47:02.381950+00:00

The revision id was regenerated to resolve a clash with another branch;
the file name still carries the first one.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '60cf29ae3656'
down_revision = '3f2a9c1d7b6e'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('orders', sa.Column('reference', sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column('orders', 'reference')
