"""Add archived_at to comments

Revision ID: 855b631dc86d
Revises: 6104ec46c42e
Create Date: 2026-01-12 18:12:45.916662

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '855b631dc86d'
down_revision = '6104ec46c42e'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("comments", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("comments", "archived_at")
