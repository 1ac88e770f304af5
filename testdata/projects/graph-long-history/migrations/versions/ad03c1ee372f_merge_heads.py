"""merge heads

Revision ID: ad03c1ee372f
Revises: 009650fb943d, 385470868635, 17249d83efb5
Create Date: 2024-01-07 15:15:11.767041

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ad03c1ee372f'
down_revision = ('009650fb943d', '385470868635', '17249d83efb5')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
