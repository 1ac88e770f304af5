"""Add note to shipments

Revision ID: 89f202a623c9
Revises: 0058948cf3cc
Create Date: 2024-08-28 19:42:47.599974

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '89f202a623c9'
down_revision = '0058948cf3cc'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "note")
