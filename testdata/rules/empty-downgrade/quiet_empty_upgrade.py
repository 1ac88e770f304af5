"""mark the 3.0 release

Revision ID: 0f7423d85029
Revises: be6c0ff48495
Create Date: 2024-11-30 23:14:07.551698

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0f7423d85029'
down_revision = 'be6c0ff48495'
branch_labels = ('release-3.0',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
