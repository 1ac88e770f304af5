"""Add note to shipments

Revision ID: 208176b35723
Revises: d4b36e9cedad
Create Date: 2025-08-13 07:56:09.440679

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '208176b35723'
down_revision = 'd4b36e9cedad'
branch_labels = None
depends_on = ('ffd0a1c251ff',)


def upgrade():
    op.add_column("shipments", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "note")
