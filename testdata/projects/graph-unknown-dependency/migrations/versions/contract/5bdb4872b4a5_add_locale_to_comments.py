"""Add locale to comments

Revision ID: 5bdb4872b4a5
Revises: b3695b61d889
Create Date: 2026-01-20 02:02:37.999574

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5bdb4872b4a5'
down_revision = 'b3695b61d889'
branch_labels = None
depends_on = ('855b63',)


def upgrade():
    op.add_column("comments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("comments", "locale")
