"""Add region to teams

Revision ID: db183f20134c
Revises: 699f5fd8e665
Create Date: 2023-03-16 21:58:47.376845

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'db183f20134c'
down_revision = '699f5fd8e665'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("teams", sa.Column("region", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("teams", "region")
