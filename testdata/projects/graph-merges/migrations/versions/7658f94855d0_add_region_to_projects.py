"""Add region to projects

Revision ID: 7658f94855d0
Revises: d17835c9a8c4
Create Date: 2023-02-11 17:15:00.978501

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7658f94855d0'
down_revision = 'd17835c9a8c4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("projects", sa.Column("region", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("projects", "region")
