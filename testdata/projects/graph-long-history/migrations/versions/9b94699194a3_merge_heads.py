"""merge heads

Revision ID: 9b94699194a3
Revises: 1bc1d5c313ef, f1f100be2b54, 6df2160e4223
Create Date: 2024-05-30 00:48:26.786320

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9b94699194a3'
down_revision = ('1bc1d5c313ef', 'f1f100be2b54', '6df2160e4223')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
