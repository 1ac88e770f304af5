"""add editor to posts

Revision ID: 3c2e5a7f9d43
Revises: 2b1d4f6e8c32
Create Date: 2025-03-17 09:45:03.902115

"""
from alembic import op
import sqlalchemy as sa


revision = "3c2e5a7f9d43"
down_revision = "2b1d4f6e8c32"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("posts", sa.Column("editor_id", sa.Integer(), nullable=True))
    op.create_foreign_key(
        "fk_posts_editor_id", "posts", "authors", ["editor_id"], ["id"], postgresql_not_valid=True
    )


def downgrade():
    op.drop_constraint("fk_posts_editor_id", "posts", type_="foreignkey")
    op.drop_column("posts", "editor_id")
