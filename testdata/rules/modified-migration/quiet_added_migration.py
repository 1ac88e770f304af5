"""rename nickname to display name

Revision ID: 7f8a9b0c1d2e
Revises: e07b5c3d2a19
Create Date: 2024-03-11 09:12:03.004417

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7f8a9b0c1d2e"
down_revision = "e07b5c3d2a19"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("users", sa.Column("display_name", sa.String(length=128), nullable=True))


def downgrade():
    op.drop_column("users", "display_name")
