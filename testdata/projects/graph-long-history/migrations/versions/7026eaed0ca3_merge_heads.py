"""merge heads

Revision ID: 7026eaed0ca3
Revises: 0f253e83b3e4, 73fb1ebf88f5
Create Date: 2025-05-15 22:12:09.521425

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7026eaed0ca3'
down_revision = ('0f253e83b3e4', '73fb1ebf88f5')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
