"""merge heads

Revision ID: f251fcd39f13
Revises: 6e1429d755bb, 1fb4643b6205
Create Date: 2024-03-29 20:43:50.023584

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f251fcd39f13'
down_revision = ('6e1429d755bb', '1fb4643b6205')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
