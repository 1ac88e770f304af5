"""merge search and payments heads

Revision ID: ad497b9110df
Revises: e2938bb8f0db, 8a6cc088cf9b
Create Date: 2024-09-18 12:09:44.023591

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ad497b9110df'
down_revision = ('e2938bb8f0db', '8a6cc088cf9b')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
