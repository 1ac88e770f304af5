"""add nickname to users

Revision ID: 1b0a4b7828fd
Revises: 6f9407680d8e
Create Date: 2024-02-12 16:40:03.551902

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1b0a4b7828fd'
down_revision = '6f9407680d8e'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("users" sa.Column("nickname", sa.String(length=50), nullable=True))  # expect: syntax-error


def downgrade():
    op.drop_column("users", "nickname")
