"""index reviews by rating

Revision ID: ebd74b3c1a15
Revises: 7f96fe3652a2
Create Date: 2025-04-29 08:11:43.365092

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ebd74b3c1a15'
down_revision = '7f96fe3652a2'
branch_labels = None
depends_on = None


def _build_rating_index():
    with op.get_context().autocommit_block():
        op.create_index(
            'ix_reviews_product_id_rating',
            'reviews',
            ['product_id', 'rating'],
            postgresql_concurrently=True,
        )


def upgrade():
    _build_rating_index()


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index('ix_reviews_product_id_rating', table_name='reviews', postgresql_concurrently=True)
