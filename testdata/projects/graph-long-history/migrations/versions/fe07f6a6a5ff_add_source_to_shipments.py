"""Add source to shipments

Revision ID: fe07f6a6a5ff
Revises: 7026eaed0ca3
Create Date: 2025-05-22 07:10:49.184321

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fe07f6a6a5ff'
down_revision = '7026eaed0ca3'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "source")
