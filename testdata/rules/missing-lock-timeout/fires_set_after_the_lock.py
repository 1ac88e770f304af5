"""add region to customers

Revision ID: 3b2c1d0e9f8a
Revises: 2a1b0c9d8e7f
Create Date: 2024-01-13 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "3b2c1d0e9f8a"
down_revision = "2a1b0c9d8e7f"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("customers") as batch_op:
        batch_op.add_column(sa.Column("region", sa.String(length=8), nullable=True))  # expect: missing-lock-timeout
    # Too late: the lock above was already taken without it.
    op.execute("SET lock_timeout = '5s'")
    op.add_column("customers", sa.Column("segment", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("customers", "segment")
    op.drop_column("customers", "region")
