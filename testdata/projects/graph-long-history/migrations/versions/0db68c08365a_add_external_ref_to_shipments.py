"""Add external_ref to shipments

Revision ID: 0db68c08365a
Revises: e661be2c2d74
Create Date: 2024-01-29 04:23:15.384100

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0db68c08365a'
down_revision = 'e661be2c2d74'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("shipments", "external_ref")
