"""Add priority to shipments

Revision ID: 3e492b5aee69
Revises: 2bfd6ffd3e67
Create Date: 2025-02-16 01:32:01.046715

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3e492b5aee69'
down_revision = '2bfd6ffd3e67'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("shipments", "priority")
