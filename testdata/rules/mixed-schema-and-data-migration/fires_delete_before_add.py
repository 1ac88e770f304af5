"""add filename to daily sorted letter

Revision ID: 353eaf7d9b88
Revises: 7033b1750d3d
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "353eaf7d9b88"
down_revision = "7033b1750d3d"
branch_labels = None
depends_on = None


def upgrade():
    op.get_bind().exec_driver_sql("DELETE FROM daily_sorted_letter WHERE file_name IS NULL")  # expect: mixed-schema-and-data-migration
    op.add_column("daily_sorted_letter", sa.Column("file_name", sa.String(), nullable=True))


def downgrade():
    op.drop_column("daily_sorted_letter", "file_name")
