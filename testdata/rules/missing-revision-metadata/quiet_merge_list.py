"""merge reporting and checkout heads

Revision ID: 3b8b4cd69404
Revises: 7a7403b24460, f7a29ff6781f
Create Date: 2024-01-09 11:51:36.004227

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3b8b4cd69404'
down_revision = ['7a7403b24460', 'f7a29ff6781f']
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
