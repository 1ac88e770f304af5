"""recreate the search trigger

Revision ID: 4f3c152e54a7
Revises: bc1385835918
Create Date: 2024-05-16 03:12:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4f3c152e54a7'
down_revision = 'bc1385835918'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("documents", sa.Column("search_vector", sa.Text(), nullable=True))


def downgrade():
    statements = build_statements("documents")
    for statement in statements:
        op.execute(statement)
