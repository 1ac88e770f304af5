"""Add retries to shipments

Revision ID: 825ad55f08df
Revises: 1079991bdcb9
Create Date: 2023-11-30 10:41:00.483276

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '825ad55f08df'
down_revision = '1079991bdcb9'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "retries")
