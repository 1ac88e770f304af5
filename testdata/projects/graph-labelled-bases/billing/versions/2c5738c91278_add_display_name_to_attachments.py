"""Add display_name to attachments

Revision ID: 2c5738c91278
Revises: 83ab4dbf539f
Create Date: 2023-06-19 11:58:06.008053

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2c5738c91278'
down_revision = '83ab4dbf539f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("attachments", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("attachments", "display_name")
