"""Add description to shipments

Revision ID: 00fbef5e4cb2
Revises: b340a34202d8
Create Date: 2023-08-23 02:08:36.008902

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '00fbef5e4cb2'
down_revision = 'b340a34202d8'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
