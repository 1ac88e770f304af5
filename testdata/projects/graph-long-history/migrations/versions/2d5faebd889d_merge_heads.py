"""merge heads

Revision ID: 2d5faebd889d
Revises: e9df7f3170f5, 9e3b513557ba
Create Date: 2025-04-20 15:43:23.457907

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2d5faebd889d'
down_revision = ('e9df7f3170f5', '9e3b513557ba')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
