"""Add locale to shipments

Revision ID: 946b76fcde7a
Revises: 7f48c943fd08
Create Date: 2023-09-23 13:03:10.987990

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '946b76fcde7a'
down_revision = '7f48c943fd08'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("shipments", "locale")
