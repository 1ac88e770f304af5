"""Add display_name to comments

Revision ID: 1187aba91b48
Revises: 5bdb4872b4a5
Create Date: 2026-01-24 09:35:31.098048

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1187aba91b48'
down_revision = '5bdb4872b4a5'
branch_labels = None
depends_on = ('expnad',)


def upgrade():
    op.add_column("comments", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("comments", "display_name")
