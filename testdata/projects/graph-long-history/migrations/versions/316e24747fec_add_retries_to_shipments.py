"""Add retries to shipments

Revision ID: 316e24747fec
Revises: 1079991bdcb9
Create Date: 2023-12-05 17:31:58.162157

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '316e24747fec'
down_revision = '1079991bdcb9'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "retries")
