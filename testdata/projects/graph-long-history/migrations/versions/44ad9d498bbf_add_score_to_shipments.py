"""Add score to shipments

Revision ID: 44ad9d498bbf
Revises: 37c75f95074c
Create Date: 2023-08-02 11:04:37.940483

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '44ad9d498bbf'
down_revision = '37c75f95074c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("score", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "score")
