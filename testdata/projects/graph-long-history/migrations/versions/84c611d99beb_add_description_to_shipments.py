"""Add description to shipments

Revision ID: 84c611d99beb
Revises: f251fcd39f13
Create Date: 2024-04-04 22:06:22.784846

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '84c611d99beb'
down_revision = 'f251fcd39f13'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
