"""Add locale to accounts

Revision ID: b615d009e333
Revises: bdf9124e8553
Create Date: 2025-12-17 11:51:38.641289

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b615d009e333'
down_revision = 'bdf9124e8553'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("accounts", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("accounts", "locale")
