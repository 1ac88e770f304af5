"""store webhook payloads

Revision ID: 8b9c0d1e2f3a
Revises: 7a8b9c0d1e2f
Create Date: 2024-09-01 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = "8b9c0d1e2f3a"
down_revision = "7a8b9c0d1e2f"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "webhooks",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("payload", sa.JSON(), nullable=False),  # expect: prefer-jsonb
        sa.Column("headers", postgresql.JSON(astext_type=sa.Text()), nullable=True),  # expect: prefer-jsonb
    )
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.add_column(sa.Column("response", sa.JSON, nullable=True))  # expect: prefer-jsonb
    op.execute("ALTER TABLE deliveries ADD COLUMN meta json")  # expect: prefer-jsonb


def downgrade():
    op.execute("ALTER TABLE deliveries DROP COLUMN meta")
    with op.batch_alter_table("deliveries") as batch_op:
        batch_op.drop_column("response")
    op.drop_table("webhooks")
