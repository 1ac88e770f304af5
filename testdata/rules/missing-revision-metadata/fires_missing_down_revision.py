"""Add a note to orders

Create Date: 2024-03-02 10:15:42.118240
"""
from alembic import op
import sqlalchemy as sa

revision = "f0b5054ab73f"  # expect: missing-revision-metadata


def upgrade():
    op.add_column("orders", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("orders", "note")
