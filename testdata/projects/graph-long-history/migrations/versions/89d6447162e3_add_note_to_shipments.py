"""Add note to shipments

Revision ID: 89d6447162e3
Revises: 6a1cf1734f0b
Create Date: 2024-04-10 09:15:27.874712

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '89d6447162e3'
down_revision = '6a1cf1734f0b'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "note")
