"""add coupon code

Revision ID: 4c3d2e1f0a9b
Revises: 3b2c1d0e9f8a
Create Date: 2024-01-14 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "4c3d2e1f0a9b"
down_revision = "3b2c1d0e9f8a"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SET lock_timeout = '5s'")
    op.add_column("invoices", sa.Column("coupon", sa.String(length=32), nullable=True))
    op.execute("SET lock_timeout TO DEFAULT")
    op.add_column("payments", sa.Column("coupon", sa.String(length=32), nullable=True))  # expect: missing-lock-timeout


def downgrade():
    op.drop_column("payments", "coupon")
    op.drop_column("invoices", "coupon")
