"""replace staging table

Revision ID: 9fd744ea29f2
Revises: 75f682afbb84
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "9fd744ea29f2"
down_revision = "75f682afbb84"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "release_files_staging",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO release_files_staging (id, filename) VALUES (1, 'x')")
    op.drop_table("release_files_staging")


def downgrade():
    op.execute("DROP TABLE IF EXISTS release_files_staging")
