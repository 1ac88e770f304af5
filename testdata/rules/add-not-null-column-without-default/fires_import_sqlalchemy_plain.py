"""add version counter to carts

Revision ID: 7f6e7b41228e
Revises: 22d200e5f892
Create Date: 2022-02-15 18:26:59.941307

"""
from alembic import op
import sqlalchemy


# revision identifiers, used by Alembic.
revision = '7f6e7b41228e'
down_revision = '22d200e5f892'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(  # expect: add-not-null-column-without-default
        'carts',
        sqlalchemy.Column('version', sqlalchemy.Integer(), nullable=False),
    )


def downgrade():
    op.drop_column('carts', 'version')
