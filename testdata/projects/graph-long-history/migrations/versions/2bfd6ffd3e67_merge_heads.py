"""merge heads

Revision ID: 2bfd6ffd3e67
Revises: e49a9f99ea7e, ae297e43e8fb
Create Date: 2025-02-12 22:05:33.132801

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2bfd6ffd3e67'
down_revision = ('e49a9f99ea7e', 'ae297e43e8fb')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
