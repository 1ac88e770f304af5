"""Add note to shipments

Revision ID: 1848efc58b90
Revises: 5b886b422118
Create Date: 2024-11-03 17:15:57.730890

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1848efc58b90'
down_revision = '5b886b422118'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "note")
