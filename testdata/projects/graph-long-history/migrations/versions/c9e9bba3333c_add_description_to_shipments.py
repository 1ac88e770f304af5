"""Add description to shipments

Revision ID: c9e9bba3333c
Revises: 0c6273e8360d
Create Date: 2023-09-04 19:07:55.110584

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c9e9bba3333c'
down_revision = '0c6273e8360d'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
