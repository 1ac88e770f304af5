"""merge heads

Revision ID: 6ba29f6215ff
Revises: 5777a2001383, 825ad55f08df, 0a10c13927b9
Create Date: 2023-12-15 01:30:31.065215

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6ba29f6215ff'
down_revision = ('5777a2001383', '825ad55f08df', '0a10c13927b9')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
