"""store country codes as text

Revision ID: 7a8b9c0d1e2f
Revises: 6f7a8b9c0d1e
Create Date: 2024-08-02 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision = "7a8b9c0d1e2f"
down_revision = "6f7a8b9c0d1e"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("regions", sa.Column("iso_code", sa.String(length=2), nullable=True))
    op.add_column("regions", sa.Column("name", sa.Text(), nullable=True))
    op.execute("ALTER TABLE regions ADD COLUMN code varchar(4)")


def downgrade():
    op.execute("ALTER TABLE regions DROP COLUMN code")
    op.drop_column("regions", "name")
    op.drop_column("regions", "iso_code")
