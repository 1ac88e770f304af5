"""merge heads

Revision ID: a16f1840ff1a
Revises: 6ff0e3daf53c, f66392ac666a
Create Date: 2025-06-18 22:37:43.485423

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a16f1840ff1a'
down_revision = ('6ff0e3daf53c', 'f66392ac666a')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
