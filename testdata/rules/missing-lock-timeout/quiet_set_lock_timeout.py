"""add shipped_at

Revision ID: 6e5f4a3b2c1d
Revises: 5d4e3f2a1b0c
Create Date: 2024-01-16 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "6e5f4a3b2c1d"
down_revision = "5d4e3f2a1b0c"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SET LOCAL lock_timeout TO '4s'")
    op.add_column("orders", sa.Column("shipped_at", sa.DateTime(timezone=True), nullable=True))
    op.create_foreign_key(
        "fk_orders_carrier_id", "orders", "carriers", ["carrier_id"], ["id"], postgresql_not_valid=True
    )


def downgrade():
    op.drop_constraint("fk_orders_carrier_id", "orders", type_="foreignkey")
    op.drop_column("orders", "shipped_at")
