"""Add archived_at to shipments

Revision ID: b340a34202d8
Revises: f84cb53d472c
Create Date: 2023-08-20 02:00:52.908857

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b340a34202d8'
down_revision = 'f84cb53d472c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "archived_at")
