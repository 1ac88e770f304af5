"""Add score to shipments

Revision ID: c10d54f9a508
Revises: 7fb452f4bfb3
Create Date: 2024-03-01 20:00:29.128427

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c10d54f9a508'
down_revision = '7fb452f4bfb3'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("score", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "score")
