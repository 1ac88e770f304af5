"""Add last_seen_at to shipments

Revision ID: 76a22a8ad003
Revises: 58c05792d3dc
Create Date: 2023-10-11 07:43:24.367847

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '76a22a8ad003'
down_revision = '58c05792d3dc'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "last_seen_at")
