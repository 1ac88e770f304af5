"""Add external_ref to api_keys

Revision ID: f2e2dbda118b
Revises: 3d0d162d85c6
Create Date: 2023-05-07 02:36:20.961884

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f2e2dbda118b'
down_revision = '3d0d162d85c6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("api_keys", sa.Column("external_ref", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("api_keys", "external_ref")
