"""Add color to notifications

Revision ID: 21993138ca03
Revises: a3d317e1a204
Create Date: 2025-10-08 07:50:55.396341

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '21993138ca03'
down_revision = 'a3d317e1a204'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("notifications", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("notifications", "color")
