"""Add color to shipments

Revision ID: 5b886b422118
Revises: e9fdaf23ceff
Create Date: 2024-10-12 01:58:32.850865

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5b886b422118'
down_revision = 'e9fdaf23ceff'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("shipments", "color")
