"""Add archived_at to shipments

Revision ID: cdd9b408df5a
Revises: 0db68c08365a
Create Date: 2024-01-30 08:33:18.799102

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cdd9b408df5a'
down_revision = '0db68c08365a'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "archived_at")
