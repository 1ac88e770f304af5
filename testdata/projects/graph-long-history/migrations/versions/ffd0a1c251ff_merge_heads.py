"""merge heads

Revision ID: ffd0a1c251ff
Revises: cdf66ec8147a, 0081a8352612
Create Date: 2025-08-04 02:30:05.105581

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ffd0a1c251ff'
down_revision = ('cdf66ec8147a', '0081a8352612')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
