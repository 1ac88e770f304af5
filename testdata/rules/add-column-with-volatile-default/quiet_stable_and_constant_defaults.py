"""add created_at and a flag to orders

Revision ID: 9797bbf79dff
Revises: 4053fe414bd7
Create Date: 2024-10-08 09:07:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9797bbf79dff'
down_revision = '4053fe414bd7'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(
        "orders",
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.now(),
            nullable=False,
        ),
    )
    op.add_column(
        "orders",
        sa.Column("archived", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.execute("ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT CURRENT_TIMESTAMP")


def downgrade():
    op.drop_column("orders", "seen_at")
    op.drop_column("orders", "archived")
    op.drop_column("orders", "created_at")
