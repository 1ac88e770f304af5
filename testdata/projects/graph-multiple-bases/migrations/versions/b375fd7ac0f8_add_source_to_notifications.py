"""Add source to notifications

Revision ID: b375fd7ac0f8
Revises: e5f98af3fd47
Create Date: 2025-10-24 05:45:59.918613

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b375fd7ac0f8'
down_revision = 'e5f98af3fd47'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("notifications", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("notifications", "source")
