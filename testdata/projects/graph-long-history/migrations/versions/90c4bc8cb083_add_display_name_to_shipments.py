"""Add display_name to shipments

Revision ID: 90c4bc8cb083
Revises: 9a952c947fe2
Create Date: 2025-05-03 17:47:52.614267

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '90c4bc8cb083'
down_revision = '9a952c947fe2'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("shipments", "display_name")
