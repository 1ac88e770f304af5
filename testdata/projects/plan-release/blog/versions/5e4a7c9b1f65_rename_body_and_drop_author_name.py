"""rename body and drop author name

Revision ID: 5e4a7c9b1f65
Revises: 4d3f6b8a0e54
Create Date: 2025-03-31 14:08:21.660513

"""
from alembic import op


revision = "5e4a7c9b1f65"
down_revision = "4d3f6b8a0e54"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("posts", "body", new_column_name="content")
    op.drop_column("authors", "name")
    op.execute("DO $$ BEGIN PERFORM pg_notify('posts', 'renamed'); END $$")


def downgrade():
    raise NotImplementedError("the author names are gone")
