"""add legacy sku column

Revision ID: 335d7328b885
Revises: 8918c27ea601
Create Date: 2016-05-18 11:02:44.871020

"""

# revision identifiers, used by Alembic.
revision = '335d7328b885'
down_revision = '8918c27ea601'

from alembic import op
import sqlalchemy as sa


def upgrade():
    print "adding products.legacy_sku"  # expect: syntax-error
    op.add_column('products', sa.Column('legacy_sku', sa.String(length=40), nullable=True))


def downgrade():
    op.drop_column('products', 'legacy_sku')
