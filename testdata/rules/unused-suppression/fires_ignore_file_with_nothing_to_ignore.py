"""add index on orders

Revision ID: 5d4c3b2a1f0e
Revises: 9a8b7c6d5e4f
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5d4c3b2a1f0e"
down_revision = "9a8b7c6d5e4f"
branch_labels = None
depends_on = None

# alembic-lint: ignore-file[missing-migration-function, drop-column]  # expect: unused-suppression


def upgrade():
    op.add_column("orders", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("orders", "note")
