"""Add description to shipments

Revision ID: ceef951dcda5
Revises: 0251db9df445
Create Date: 2023-10-27 19:11:48.127131

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ceef951dcda5'
down_revision = '0251db9df445'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
