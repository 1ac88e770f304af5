"""merge heads

Revision ID: 5c8f8cc83ee4
Revises: 4caf0743e754, 62f1ab9e990c
Create Date: 2025-08-25 00:22:20.807546

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c8f8cc83ee4'
down_revision = ('4caf0743e754', '62f1ab9e990c')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
