"""Add retries to shipments

Revision ID: b9720045a9a2
Revises: 851bed646318
Create Date: 2023-07-19 09:58:44.267838

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b9720045a9a2'
down_revision = '851bed646318'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "retries")
