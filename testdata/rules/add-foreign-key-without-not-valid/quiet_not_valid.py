"""link orders to customers without validating

Revision ID: 6a8aa53c1ec6
Revises: 7cc2d6e0ccb3
Create Date: 2024-07-11 08:10:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6a8aa53c1ec6'
down_revision = '7cc2d6e0ccb3'
branch_labels = None
depends_on = None


def upgrade():
    op.create_foreign_key(
        "fk_orders_customer_id_customers",
        "orders",
        "customers",
        ["customer_id"],
        ["id"],
        postgresql_not_valid=True,
    )
    op.execute(
        "ALTER TABLE shipments ADD CONSTRAINT fk_shipments_order_id "
        "FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID"
    )


def downgrade():
    op.drop_constraint("fk_shipments_order_id", "shipments", type_="foreignkey")
    op.drop_constraint("fk_orders_customer_id_customers", "orders", type_="foreignkey")
