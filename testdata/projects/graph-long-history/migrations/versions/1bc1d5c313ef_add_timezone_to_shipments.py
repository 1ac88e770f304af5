"""Add timezone to shipments

Revision ID: 1bc1d5c313ef
Revises: 7ba64e1aabd7
Create Date: 2024-05-12 11:27:29.604289

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1bc1d5c313ef'
down_revision = '7ba64e1aabd7'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "timezone")
