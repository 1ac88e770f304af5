"""Add source to shipments

Revision ID: 0f253e83b3e4
Revises: 577759958505
Create Date: 2025-05-06 05:16:00.204983

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0f253e83b3e4'
down_revision = '577759958505'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "source")
