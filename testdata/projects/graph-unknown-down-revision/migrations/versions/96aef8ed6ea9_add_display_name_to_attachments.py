"""Add display_name to attachments

Revision ID: 96aef8ed6ea9
Revises: 87478be9d3aa
Create Date: 2025-12-07 09:16:46.370477

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '96aef8ed6ea9'
down_revision = '87478be9d3aa'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("attachments", sa.Column("display_name", sa.String(length=120), nullable=True))


def downgrade():
    op.drop_column("attachments", "display_name")
