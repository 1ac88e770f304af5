"""Add last_seen_at to shipments

Revision ID: a870c0204852
Revises: 82599fcdee5f
Create Date: 2024-01-17 12:49:13.349944

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a870c0204852'
down_revision = '82599fcdee5f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "last_seen_at")
