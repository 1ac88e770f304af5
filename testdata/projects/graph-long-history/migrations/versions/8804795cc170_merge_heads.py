"""merge heads

Revision ID: 8804795cc170
Revises: 5f7857bbdf34, 29e930c77c7f, cdd9b408df5a
Create Date: 2024-02-08 18:15:04.915252

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8804795cc170'
down_revision = ('5f7857bbdf34', '29e930c77c7f', 'cdd9b408df5a')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
