"""Add display_name to shipments

Revision ID: 8525eee213d5
Revises: ffd0a1c251ff
Create Date: 2025-08-19 16:38:02.490901

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8525eee213d5'
down_revision = 'ffd0a1c251ff'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("shipments", "display_name")
