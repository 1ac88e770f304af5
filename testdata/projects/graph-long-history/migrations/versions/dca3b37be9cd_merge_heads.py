"""merge heads

Revision ID: dca3b37be9cd
Revises: 84c611d99beb, 89d6447162e3
Create Date: 2024-04-16 12:20:36.931791

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'dca3b37be9cd'
down_revision = ('84c611d99beb', '89d6447162e3')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
