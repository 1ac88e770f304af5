"""Initial no-op contract migration

Revision ID: c96c4b5bea80
Revises: 83d6bf8e749a
Create Date: 2026-02-12 02:23:44.467105

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c96c4b5bea80'
down_revision = '83d6bf8e749a'
branch_labels = ('expand',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
