"""Add description to shipments

Revision ID: ff3a71890187
Revises: 329c8eccbe17
Create Date: 2024-10-06 00:33:20.907085

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ff3a71890187'
down_revision = '329c8eccbe17'
branch_labels = None
depends_on = ('e9fdaf23ceff',)


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
