"""Add last_seen_at to shipments

Revision ID: 5777a2001383
Revises: 1079991bdcb9
Create Date: 2023-11-29 03:04:25.390696

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5777a2001383'
down_revision = '1079991bdcb9'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "last_seen_at")
