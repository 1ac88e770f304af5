"""Add retries to shipments

Revision ID: d1b78f2d2838
Revises: b9720045a9a2
Create Date: 2023-07-28 20:08:07.265556

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd1b78f2d2838'
down_revision = 'b9720045a9a2'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "retries")
