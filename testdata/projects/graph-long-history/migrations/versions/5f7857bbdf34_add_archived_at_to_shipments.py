"""Add archived_at to shipments

Revision ID: 5f7857bbdf34
Revises: 82599fcdee5f
Create Date: 2024-01-16 05:58:49.071216

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5f7857bbdf34'
down_revision = '82599fcdee5f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("shipments", "archived_at")
