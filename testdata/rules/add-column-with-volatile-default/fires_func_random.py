"""add a sampling bucket to events

Revision ID: 40a4ea4b7e2c
Revises: 4d50f63cc2a6
Create Date: 2024-05-01 10:04:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '40a4ea4b7e2c'
down_revision = '4d50f63cc2a6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(  # expect: add-column-with-volatile-default
        "events",
        sa.Column("bucket", sa.Float(), server_default=sa.func.random(), nullable=True),
    )


def downgrade():
    op.drop_column("events", "bucket")
