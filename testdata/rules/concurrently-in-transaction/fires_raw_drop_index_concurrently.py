"""drop legacy sku index

Revision ID: cf0d0010faab
Revises: 8bd41aae97ee
Create Date: 2024-10-01 09:18:45.093518

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cf0d0010faab'
down_revision = '8bd41aae97ee'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text("DROP INDEX CONCURRENTLY IF EXISTS ix_products_legacy_sku"))  # expect: concurrently-in-transaction


def downgrade():
    with op.get_context().autocommit_block():
        op.execute(
            sa.text("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_products_legacy_sku ON products (legacy_sku)")
        )
