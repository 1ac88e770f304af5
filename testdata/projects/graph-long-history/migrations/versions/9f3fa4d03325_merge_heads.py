"""merge heads

Revision ID: 9f3fa4d03325
Revises: 5b5f851578ae, b3b774678e21
Create Date: 2024-11-15 09:43:21.941667

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9f3fa4d03325'
down_revision = ('5b5f851578ae', 'b3b774678e21')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
