"""Add note to shipments

Revision ID: 64748f70f4d6
Revises: 2bfd6ffd3e67
Create Date: 2025-02-27 16:21:10.065378

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '64748f70f4d6'
down_revision = '2bfd6ffd3e67'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "note")
