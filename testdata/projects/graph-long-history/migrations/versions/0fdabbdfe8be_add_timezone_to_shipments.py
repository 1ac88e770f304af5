"""Add timezone to shipments

Revision ID: 0fdabbdfe8be
Revises: e423ec0cb761
Create Date: 2024-01-04 02:46:59.443251

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0fdabbdfe8be'
down_revision = 'e423ec0cb761'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "timezone")
