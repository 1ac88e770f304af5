"""Add timezone to shipments

Revision ID: 0081a8352612
Revises: b4014d45ea08
Create Date: 2025-07-27 21:25:25.364599

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0081a8352612'
down_revision = 'b4014d45ea08'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "timezone")
