"""orders always have a status and a placement time

Revision ID: b7c8d9e0f1a2
Revises: 6a1b2c3d4e5f
Create Date: 2024-05-09 17:02:55.918340

"""
from alembic import op
import sqlalchemy as sa


revision = "b7c8d9e0f1a2"
down_revision = "6a1b2c3d4e5f"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.alter_column("status", existing_type=sa.VARCHAR(length=20), nullable=False)  # expect: set-not-null-on-existing-column

    op.execute("ALTER TABLE orders ALTER COLUMN placed_at SET NOT NULL")  # expect: set-not-null-on-existing-column


def downgrade():
    op.execute("ALTER TABLE orders ALTER COLUMN placed_at DROP NOT NULL")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.alter_column("status", existing_type=sa.VARCHAR(length=20), nullable=True)
