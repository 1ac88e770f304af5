"""Add locale to attachments

Revision ID: 87478be9d3aa
Revises: 79fa30a9
Create Date: 2025-12-03 07:38:41.836641

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '87478be9d3aa'
down_revision = '79fa30a9'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("attachments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("attachments", "locale")
