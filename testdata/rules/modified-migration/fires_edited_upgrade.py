"""add nickname to users

Revision ID: 4c1f2e8a9b07
Revises: 9d3e6a1b2c45
Create Date: 2024-02-19 10:41:22.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "4c1f2e8a9b07"
down_revision = "9d3e6a1b2c45"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("users", sa.Column("nickname", sa.String(length=128), nullable=True))  # expect: modified-migration


def downgrade():
    op.drop_column("users", "nickname")
