"""Add region to shipments

Revision ID: 1ecf34016dd0
Revises: 743966940a4d
Create Date: 2025-02-04 12:40:09.250227

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1ecf34016dd0'
down_revision = '743966940a4d'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("region", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "region")
