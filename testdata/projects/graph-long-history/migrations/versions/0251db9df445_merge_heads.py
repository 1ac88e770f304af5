"""merge heads

Revision ID: 0251db9df445
Revises: 946b76fcde7a, 2b8f62cd295b
Create Date: 2023-10-19 18:33:18.548301

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0251db9df445'
down_revision = ('946b76fcde7a', '2b8f62cd295b')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
