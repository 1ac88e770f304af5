"""Initial no-op 2024.1 contract migration

Revision ID: 5922507a4f34
Revises: deef40ba6f09
Create Date: 2023-04-14 19:51:12.193188

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5922507a4f34'
down_revision = 'deef40ba6f09'
branch_labels = ('contract',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
