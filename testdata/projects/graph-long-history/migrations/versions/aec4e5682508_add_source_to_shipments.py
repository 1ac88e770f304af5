"""Add source to shipments

Revision ID: aec4e5682508
Revises: 208176b35723
Create Date: 2025-09-01 06:09:01.632888

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'aec4e5682508'
down_revision = '208176b35723'
branch_labels = None
depends_on = ('5c8f8cc83ee4',)


def upgrade():
    op.add_column("shipments", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("shipments", "source")
