"""Add color to shipments

Revision ID: 82599fcdee5f
Revises: 5c0b0767eb68
Create Date: 2024-01-14 00:19:23.214343

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '82599fcdee5f'
down_revision = '5c0b0767eb68'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("shipments", "color")
