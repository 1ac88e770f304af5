"""Add score to shipments

Revision ID: d8d583cc72c1
Revises: ceef951dcda5
Create Date: 2023-11-20 15:22:14.341825

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd8d583cc72c1'
down_revision = 'ceef951dcda5'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("score", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "score")
