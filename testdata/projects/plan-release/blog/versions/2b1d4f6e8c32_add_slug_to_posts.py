"""add slug to posts

Revision ID: 2b1d4f6e8c32
Revises: 1a0c3e5d7b21
Create Date: 2025-03-10 16:01:12.441902

"""
from alembic import op
import sqlalchemy as sa


revision = "2b1d4f6e8c32"
down_revision = "1a0c3e5d7b21"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("posts", sa.Column("slug", sa.String(length=200), nullable=True))
    op.execute("UPDATE posts SET slug = lower(title)")
    with op.get_context().autocommit_block():
        op.create_index("ix_posts_slug", "posts", ["slug"], postgresql_concurrently=True)


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_posts_slug", table_name="posts", postgresql_concurrently=True)
    op.drop_column("posts", "slug")
