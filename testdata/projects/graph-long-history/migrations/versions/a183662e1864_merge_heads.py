"""merge heads

Revision ID: a183662e1864
Revises: 8385dca31d3e, bf2b107be4c4, b93901fb8edc
Create Date: 2024-07-21 10:48:43.304351

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a183662e1864'
down_revision = ('8385dca31d3e', 'bf2b107be4c4', 'b93901fb8edc')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
