"""merge heads

Revision ID: 4c02b4a06d78
Revises: 88ce77e847e0, fad0efd3b688
Create Date: 2023-08-30 11:50:16.729066

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4c02b4a06d78'
down_revision = ('88ce77e847e0', 'fad0efd3b688')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
