"""Add color to shipments

Revision ID: 0c6273e8360d
Revises: 4c02b4a06d78
Create Date: 2023-09-01 17:51:24.630437

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0c6273e8360d'
down_revision = '4c02b4a06d78'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("shipments", "color")
