"""Add priority to shipments

Revision ID: 7f48c943fd08
Revises: ca9c8512362d
Create Date: 2023-09-22 07:04:58.615557

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7f48c943fd08'
down_revision = 'ca9c8512362d'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("shipments", "priority")
