"""merge heads

Revision ID: 1079991bdcb9
Revises: c4ce57842e30, d8d583cc72c1
Create Date: 2023-11-24 00:46:34.669053

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1079991bdcb9'
down_revision = ('c4ce57842e30', 'd8d583cc72c1')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
