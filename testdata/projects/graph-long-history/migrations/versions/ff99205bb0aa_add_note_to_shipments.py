"""Add note to shipments

Revision ID: ff99205bb0aa
Revises: 7fb452f4bfb3
Create Date: 2024-02-21 11:23:01.484372

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ff99205bb0aa'
down_revision = '7fb452f4bfb3'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "note")
