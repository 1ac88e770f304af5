"""Add last_seen_at to shipments

Revision ID: e423ec0cb761
Revises: b0b7f2bdcfeb
Create Date: 2023-12-28 02:09:23.286159

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e423ec0cb761'
down_revision = 'b0b7f2bdcfeb'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "last_seen_at")
