"""add and drop a scratch column

Revision ID: 3891fdf31ae5
Revises: 80acfd4e985b
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "3891fdf31ae5"
down_revision = "80acfd4e985b"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("deployment", sa.Column("manifest_path_tmp", sa.String(), nullable=True))
    op.execute("UPDATE deployment SET manifest_path_tmp = manifest_path WHERE manifest_path IS NOT NULL")
    op.drop_column("deployment", "manifest_path_tmp")


def downgrade():
    op.execute("UPDATE deployment SET manifest_path = NULL WHERE manifest_path = ''")
