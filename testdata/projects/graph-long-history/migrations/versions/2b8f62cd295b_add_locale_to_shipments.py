"""Add locale to shipments

Revision ID: 2b8f62cd295b
Revises: 76a22a8ad003
Create Date: 2023-10-15 15:53:32.721057

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2b8f62cd295b'
down_revision = '76a22a8ad003'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("shipments", "locale")
