"""Add color to shipments

Revision ID: b0b7f2bdcfeb
Revises: 6ba29f6215ff
Create Date: 2023-12-16 08:08:23.525104

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b0b7f2bdcfeb'
down_revision = '6ba29f6215ff'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("shipments", "color")
