"""Add source to shipments

Revision ID: fad0efd3b688
Revises: 00fbef5e4cb2
Create Date: 2023-08-28 09:02:15.283307

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fad0efd3b688'
down_revision = '00fbef5e4cb2'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "source")
