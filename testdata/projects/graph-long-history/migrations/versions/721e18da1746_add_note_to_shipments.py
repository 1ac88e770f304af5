"""Add note to shipments

Revision ID: 721e18da1746
Revises: a16f1840ff1a
Create Date: 2025-06-27 12:33:04.355491

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '721e18da1746'
down_revision = 'a16f1840ff1a'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "note")
