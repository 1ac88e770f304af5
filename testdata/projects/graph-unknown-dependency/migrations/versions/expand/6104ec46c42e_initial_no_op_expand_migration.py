"""Initial no-op expand migration

Revision ID: 6104ec46c42e
Revises: 0196175669ee
Create Date: 2025-12-30 08:05:09.459445

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6104ec46c42e'
down_revision = '0196175669ee'
branch_labels = ('expand',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
