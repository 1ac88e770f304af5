"""Add color to shipments

Revision ID: a21ec50f601e
Revises: e8bdf70ed427
Create Date: 2024-09-12 13:40:16.296522

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a21ec50f601e'
down_revision = 'e8bdf70ed427'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("shipments", "color")
