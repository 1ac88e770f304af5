"""Add score to shipments

Revision ID: 69e5fffa34b0
Revises: ff99205bb0aa
Create Date: 2024-02-25 16:46:45.491513

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '69e5fffa34b0'
down_revision = 'ff99205bb0aa'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("score", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "score")
