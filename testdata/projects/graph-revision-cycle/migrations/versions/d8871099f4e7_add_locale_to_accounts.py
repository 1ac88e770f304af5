"""Add locale to accounts

Revision ID: d8871099f4e7
Revises: b615d009e333
Create Date: 2025-12-18 21:32:43.706097

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd8871099f4e7'
down_revision = 'b615d009e333'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("accounts", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("accounts", "locale")
