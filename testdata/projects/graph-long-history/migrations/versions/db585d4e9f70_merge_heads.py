"""merge heads

Revision ID: db585d4e9f70
Revises: 72afb510a5b8, 5601e67eb2da
Create Date: 2024-08-16 10:08:41.421153

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'db585d4e9f70'
down_revision = ('72afb510a5b8', '5601e67eb2da')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
