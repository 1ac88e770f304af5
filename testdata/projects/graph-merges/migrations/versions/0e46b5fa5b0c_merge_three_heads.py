"""merge three heads

Revision ID: 0e46b5fa5b0c
Revises: f82def7d9967, fdfbd6fad8db, db183f20134c
Create Date: 2023-03-23 06:58:33.863750

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0e46b5fa5b0c'
down_revision = ('f82def7d9967', 'fdfbd6fad8db', 'db183f20134c')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
