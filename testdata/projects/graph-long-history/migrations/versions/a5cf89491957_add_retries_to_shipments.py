"""Add retries to shipments

Revision ID: a5cf89491957
Revises: c10d54f9a508
Create Date: 2024-03-09 22:01:11.208600

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a5cf89491957'
down_revision = 'c10d54f9a508'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "retries")
