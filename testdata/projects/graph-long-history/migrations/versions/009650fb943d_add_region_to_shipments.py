"""Add region to shipments

Revision ID: 009650fb943d
Revises: b0b7f2bdcfeb
Create Date: 2023-12-23 15:01:24.518181

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '009650fb943d'
down_revision = 'b0b7f2bdcfeb'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("region", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "region")
