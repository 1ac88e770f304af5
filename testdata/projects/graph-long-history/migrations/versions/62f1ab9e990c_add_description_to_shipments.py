"""Add description to shipments

Revision ID: 62f1ab9e990c
Revises: 8525eee213d5
Create Date: 2025-08-23 22:12:48.865269

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '62f1ab9e990c'
down_revision = '8525eee213d5'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "description")
