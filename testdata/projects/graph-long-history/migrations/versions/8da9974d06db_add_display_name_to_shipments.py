"""Add display_name to shipments

Revision ID: 8da9974d06db
Revises: 8d2401aec205
Create Date: 2024-06-12 19:48:01.011354

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8da9974d06db'
down_revision = '8d2401aec205'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("shipments", "display_name")
