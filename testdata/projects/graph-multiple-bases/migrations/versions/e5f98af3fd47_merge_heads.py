"""merge heads

Revision ID: e5f98af3fd47
Revises: 21993138ca03, 332bd658b276
Create Date: 2025-10-14 22:13:36.927723

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e5f98af3fd47'
down_revision = ('21993138ca03', '332bd658b276')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
