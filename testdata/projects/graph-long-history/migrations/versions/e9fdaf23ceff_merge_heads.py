"""merge heads

Revision ID: e9fdaf23ceff
Revises: 89f202a623c9, 0afb8dc0265c, 2c32c0584d72
Create Date: 2024-09-27 18:58:20.751501

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e9fdaf23ceff'
down_revision = ('89f202a623c9', '0afb8dc0265c', '2c32c0584d72')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
