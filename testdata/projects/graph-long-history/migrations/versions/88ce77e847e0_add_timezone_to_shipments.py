"""Add timezone to shipments

Revision ID: 88ce77e847e0
Revises: f84cb53d472c
Create Date: 2023-08-15 01:50:00.883236

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '88ce77e847e0'
down_revision = 'f84cb53d472c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "timezone")
