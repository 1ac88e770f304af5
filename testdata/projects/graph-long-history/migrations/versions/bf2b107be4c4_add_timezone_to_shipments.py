"""Add timezone to shipments

Revision ID: bf2b107be4c4
Revises: e39b9dec7995
Create Date: 2024-07-12 20:10:35.333913

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'bf2b107be4c4'
down_revision = 'e39b9dec7995'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "timezone")
