"""Initial no-op 2024.1 expand migration

Revision ID: f6bd9f374cd6
Revises: deef40ba6f09
Create Date: 2023-04-06 12:50:01.165722

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f6bd9f374cd6'
down_revision = 'deef40ba6f09'
branch_labels = ('expand',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
