"""merge search and payments heads

Revision ID: 7891e4587726
# expect: docstring-revision-mismatch
Revises: 966d9a2f8808
Create Date: 2024-09-18 12:09:44.023591

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7891e4587726'
down_revision = ('966d9a2f8808', '6526504630ac')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
