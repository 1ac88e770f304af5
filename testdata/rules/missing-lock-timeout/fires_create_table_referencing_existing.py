"""create order notes

Revision ID: 5d4e3f2a1b0c
Revises: 4c3d2e1f0a9b
Create Date: 2024-01-15 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "5d4e3f2a1b0c"
down_revision = "4c3d2e1f0a9b"
branch_labels = None
depends_on = None


def upgrade():
    # The foreign key locks `orders` (SHARE ROW EXCLUSIVE): writes to it wait.
    op.create_table(  # expect: missing-lock-timeout
        "order_note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.Integer(), sa.ForeignKey("orders.id"), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
    )


def downgrade():
    op.drop_table("order_note")
