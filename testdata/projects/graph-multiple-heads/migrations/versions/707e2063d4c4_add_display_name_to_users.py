"""Add display_name to users

Revision ID: 707e2063d4c4
Revises: 965b2d259d9b
Create Date: 2025-09-23 21:53:08.578267

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '707e2063d4c4'
down_revision = '965b2d259d9b'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("users", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("users", "display_name")
