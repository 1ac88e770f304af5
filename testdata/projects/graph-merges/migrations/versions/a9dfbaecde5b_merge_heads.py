"""merge heads

Revision ID: a9dfbaecde5b
Revises: 7658f94855d0, af5d9f2e9ea4
Create Date: 2023-03-01 05:50:13.921648

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a9dfbaecde5b'
down_revision = ('7658f94855d0', 'af5d9f2e9ea4')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
