"""Add description to shipments

Revision ID: 851bed646318
Revises: 0fbc9faa7001
Create Date: 2023-07-11 05:07:33.298123

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '851bed646318'
down_revision = '0fbc9faa7001'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
