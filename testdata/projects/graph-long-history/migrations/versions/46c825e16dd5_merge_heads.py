"""merge heads

Revision ID: 46c825e16dd5
Revises: 69e5fffa34b0, a5cf89491957
Create Date: 2024-03-13 06:39:29.329362

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '46c825e16dd5'
down_revision = ('69e5fffa34b0', 'a5cf89491957')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
