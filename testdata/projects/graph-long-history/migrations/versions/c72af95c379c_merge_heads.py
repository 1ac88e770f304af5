"""merge heads

Revision ID: c72af95c379c
Revises: 6e87b33289a9, 64748f70f4d6, 1fdef39d389c
Create Date: 2025-03-14 01:09:57.762026

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c72af95c379c'
down_revision = ('6e87b33289a9', '64748f70f4d6', '1fdef39d389c')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
