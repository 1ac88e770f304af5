"""Add description to shipments

Revision ID: 0058948cf3cc
Revises: c27a5d208615
Create Date: 2024-08-26 15:14:10.299242

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0058948cf3cc'
down_revision = 'c27a5d208615'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
