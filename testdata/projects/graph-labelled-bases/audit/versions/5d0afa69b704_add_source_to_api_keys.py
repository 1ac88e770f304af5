"""Add source to api_keys

Revision ID: 5d0afa69b704
Revises: d6eb1b227b51
Create Date: 2023-06-27 02:21:13.023162

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5d0afa69b704'
down_revision = 'd6eb1b227b51'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("api_keys", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("api_keys", "source")
