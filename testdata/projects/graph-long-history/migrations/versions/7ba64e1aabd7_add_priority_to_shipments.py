"""Add priority to shipments

Revision ID: 7ba64e1aabd7
Revises: 0cf023a9b4d4
Create Date: 2024-05-03 08:44:30.112891

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7ba64e1aabd7'
down_revision = '0cf023a9b4d4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("shipments", "priority")
