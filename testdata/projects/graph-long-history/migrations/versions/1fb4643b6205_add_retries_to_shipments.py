"""Add retries to shipments

Revision ID: 1fb4643b6205
Revises: 46c825e16dd5
Create Date: 2024-03-20 15:25:19.252834

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1fb4643b6205'
down_revision = '46c825e16dd5'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "retries")
