"""Add score to shipments

Revision ID: e661be2c2d74
Revises: 82599fcdee5f
Create Date: 2024-01-23 00:53:13.537709

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e661be2c2d74'
down_revision = '82599fcdee5f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("score", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "score")
