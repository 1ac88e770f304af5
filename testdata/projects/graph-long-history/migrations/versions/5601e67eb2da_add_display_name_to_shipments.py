"""Add display_name to shipments

Revision ID: 5601e67eb2da
Revises: 70b4c9bcbc89
Create Date: 2024-08-10 07:31:39.299581

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5601e67eb2da'
down_revision = '70b4c9bcbc89'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("shipments", "display_name")
