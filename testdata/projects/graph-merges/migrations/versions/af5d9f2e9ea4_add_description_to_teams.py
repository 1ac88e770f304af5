"""Add description to teams

Revision ID: af5d9f2e9ea4
Revises: d17835c9a8c4
Create Date: 2023-02-21 00:10:23.435246

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'af5d9f2e9ea4'
down_revision = 'd17835c9a8c4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("teams", sa.Column("description", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("teams", "description")
