"""Add display_name to shipments

Revision ID: edd69f3d9a82
Revises: c20847b1ac7c
Create Date: 2025-03-30 01:17:40.378151

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'edd69f3d9a82'
down_revision = 'c20847b1ac7c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("shipments", "display_name")
