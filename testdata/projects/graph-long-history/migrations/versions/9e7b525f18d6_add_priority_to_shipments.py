"""Add priority to shipments

Revision ID: 9e7b525f18d6
Revises: 8804795cc170
Create Date: 2024-02-14 02:36:20.322400

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9e7b525f18d6'
down_revision = '8804795cc170'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("shipments", "priority")
