"""create authors and posts

Revision ID: 1a0c3e5d7b21
Revises:
Create Date: 2025-03-03 10:12:40.118374

"""
from alembic import op
import sqlalchemy as sa


revision = "1a0c3e5d7b21"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "authors",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=50), nullable=False),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("authors.id"), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
    )
    op.create_index("ix_posts_author_id", "posts", ["author_id"])


def downgrade():
    op.drop_index("ix_posts_author_id", table_name="posts")
    op.drop_table("posts")
    op.drop_table("authors")
