"""Add timezone to teams

Revision ID: fdfbd6fad8db
Revises: 699f5fd8e665
Create Date: 2023-03-07 21:41:32.877634

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fdfbd6fad8db'
down_revision = '699f5fd8e665'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("teams", sa.Column("timezone", sa.String(length=64), nullable=True))


def downgrade():
    op.drop_column("teams", "timezone")
