"""Add region to shipments

Revision ID: 58c05792d3dc
Revises: c9e9bba3333c
Create Date: 2023-10-02 22:15:30.660650

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '58c05792d3dc'
down_revision = 'c9e9bba3333c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("region", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "region")
