"""merge heads

Revision ID: 37c75f95074c
Revises: a101ce2f307a, d1b78f2d2838
Create Date: 2023-08-01 02:49:43.366677

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '37c75f95074c'
down_revision = ('a101ce2f307a', 'd1b78f2d2838')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
