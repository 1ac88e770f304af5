"""Add region to shipments

Revision ID: ca9c8512362d
Revises: c9e9bba3333c
Create Date: 2023-09-14 00:53:27.078317

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ca9c8512362d'
down_revision = 'c9e9bba3333c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("region", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "region")
