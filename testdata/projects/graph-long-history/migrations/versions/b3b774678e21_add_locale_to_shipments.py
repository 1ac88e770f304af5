"""Add locale to shipments

Revision ID: b3b774678e21
Revises: 1848efc58b90
Create Date: 2024-11-08 02:00:28.982339

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b3b774678e21'
down_revision = '1848efc58b90'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("shipments", "locale")
