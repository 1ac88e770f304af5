"""Add archived_at to shipments

Revision ID: 2ac905e0747a
Revises: 721e18da1746
Create Date: 2025-07-01 19:31:18.473125

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2ac905e0747a'
down_revision = '721e18da1746'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "archived_at")
