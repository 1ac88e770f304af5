"""orders belong to customers and stores

Revision ID: 4d5e6f7a8b9c
Revises: 3c4d5e6f7a8b
Create Date: 2024-10-02 09:15:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision = "4d5e6f7a8b9c"
down_revision = "3c4d5e6f7a8b"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(  # expect: foreign-key-without-index
        "invoices",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("customer_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name="fk_invoices_customer"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_invoices_created_at_customer", "invoices", ["created_at", "customer_id"])
    op.add_column("orders", sa.Column("coupon_id", sa.Integer(), sa.ForeignKey("coupons.id"), nullable=True))  # expect: foreign-key-without-index
    op.create_foreign_key("fk_orders_store", "orders", "stores", ["store_id"], ["id"], postgresql_not_valid=True)  # expect: foreign-key-without-index
    with op.batch_alter_table("order_lines") as batch_op:
        batch_op.create_foreign_key("fk_order_lines_sku", "skus", ["sku_id"], ["id"], postgresql_not_valid=True)  # expect: foreign-key-without-index
    op.execute("ALTER TABLE shipments ADD CONSTRAINT fk_shipments_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouses (id) NOT VALID")  # expect: foreign-key-without-index


def downgrade():
    op.drop_constraint("fk_shipments_warehouse", "shipments", type_="foreignkey")
    with op.batch_alter_table("order_lines") as batch_op:
        batch_op.drop_constraint("fk_order_lines_sku", type_="foreignkey")
    op.drop_constraint("fk_orders_store", "orders", type_="foreignkey")
    op.drop_column("orders", "coupon_id")
    op.drop_index("ix_invoices_created_at_customer", table_name="invoices")
    op.drop_table("invoices")
