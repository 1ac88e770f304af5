"""Add external_ref to notifications

Revision ID: a6beb07f7f2d
Revises: 1d986f62c78d
Create Date: 2026-02-18 10:46:02.761204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a6beb07f7f2d'
down_revision = '1d986f62c78d'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("notifications", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("notifications", "external_ref")
