"""Add source to shipments

Revision ID: 7fb452f4bfb3
Revises: 9e7b525f18d6
Create Date: 2024-02-18 06:33:49.024205

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7fb452f4bfb3'
down_revision = '9e7b525f18d6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "source")
