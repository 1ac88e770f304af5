"""merge heads

Revision ID: cf401f506a33
Revises: b702a5c331fd, 2ac905e0747a
Create Date: 2025-07-06 04:07:35.256100

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cf401f506a33'
down_revision = ('b702a5c331fd', '2ac905e0747a')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
