"""Add priority to shipments

Revision ID: 385470868635
Revises: b0b7f2bdcfeb
Create Date: 2023-12-24 20:23:20.042449

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '385470868635'
down_revision = 'b0b7f2bdcfeb'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("shipments", "priority")
