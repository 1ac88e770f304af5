"""Add score to shipments

Revision ID: 29e930c77c7f
Revises: a870c0204852
Create Date: 2024-01-18 21:59:54.501480

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '29e930c77c7f'
down_revision = 'a870c0204852'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("score", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "score")
