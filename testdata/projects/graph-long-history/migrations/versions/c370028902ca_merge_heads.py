"""merge heads

Revision ID: c370028902ca
Revises: 58f286e05346, 9b4f57a834c6
Create Date: 2025-01-12 15:48:53.032045

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c370028902ca'
down_revision = ('58f286e05346', '9b4f57a834c6')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
