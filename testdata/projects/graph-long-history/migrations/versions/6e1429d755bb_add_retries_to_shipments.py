"""Add retries to shipments

Revision ID: 6e1429d755bb
Revises: 46c825e16dd5
Create Date: 2024-03-14 15:19:26.942883

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6e1429d755bb'
down_revision = '46c825e16dd5'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "retries")
