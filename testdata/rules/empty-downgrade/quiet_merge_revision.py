"""merge heads

Revision ID: 2242e49f77de
Revises: 806408bdc79c, 213f9f6b88fc
Create Date: 2024-05-27 10:02:58.316420

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2242e49f77de'
down_revision = ('806408bdc79c', '213f9f6b88fc')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
