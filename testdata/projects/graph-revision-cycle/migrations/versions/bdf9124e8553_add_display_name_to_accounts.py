"""Add display_name to accounts

Revision ID: bdf9124e8553
Revises: d8871099f4e7
Create Date: 2025-12-21 01:40:17.488567

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'bdf9124e8553'
down_revision = 'd8871099f4e7'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("accounts", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("accounts", "display_name")
