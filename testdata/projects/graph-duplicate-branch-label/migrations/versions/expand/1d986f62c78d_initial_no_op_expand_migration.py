"""Initial no-op expand migration

Revision ID: 1d986f62c78d
Revises: 83d6bf8e749a
Create Date: 2026-02-09 23:52:24.790862

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1d986f62c78d'
down_revision = '83d6bf8e749a'
branch_labels = ('expand',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
