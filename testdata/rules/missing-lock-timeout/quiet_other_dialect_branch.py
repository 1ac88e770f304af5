"""mysql only column

Revision ID: 9b8c7d6e5f4a
Revises: 8a7b6c5d4e3f
Create Date: 2024-01-19 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "9b8c7d6e5f4a"
down_revision = "8a7b6c5d4e3f"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().dialect.name == "mysql":
        op.add_column("orders", sa.Column("legacy_ref", sa.String(length=20), nullable=True))


def downgrade():
    op.drop_column("orders", "legacy_ref")
