"""Initial no-op contract migration

Revision ID: b3695b61d889
Revises: 0196175669ee
Create Date: 2026-01-07 10:14:18.192439

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b3695b61d889'
down_revision = '0196175669ee'
branch_labels = ('contract',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
