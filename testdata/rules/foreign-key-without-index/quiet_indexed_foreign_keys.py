"""user roles and memberships, indexed

Revision ID: 5e6f7a8b9c0d
Revises: 4d5e6f7a8b9c
Create Date: 2024-10-03 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision = "5e6f7a8b9c0d"
down_revision = "4d5e6f7a8b9c"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "line_items",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("order_id", sa.BigInteger(), nullable=False),
        sa.Column("product_id", sa.BigInteger(), sa.ForeignKey("products.id"), index=True),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_line_items_order_id"), "line_items", ["order_id"], unique=False)
    op.create_table(
        "user_roles",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("role_id", sa.Integer(), sa.ForeignKey("roles.id"), primary_key=True),
        sa.UniqueConstraint("role_id", "user_id", name="uq_user_roles_role_user"),
    )
    op.create_table(
        "memberships",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["team_id", "member_id"], ["team_members.team_id", "team_members.id"]),
        sa.PrimaryKeyConstraint("member_id", "team_id"),
    )
    op.create_foreign_key("fk_orders_store", "orders", "stores", ["store_id"], ["id"], postgresql_not_valid=True)
    with op.get_context().autocommit_block():
        op.execute("CREATE INDEX CONCURRENTLY ix_orders_store_id ON orders USING btree (store_id)")
    # Cascade deletes from accounts: the key is dropped and created again, its index unchanged.
    op.drop_constraint("fk_invoices_account", "invoices", type_="foreignkey")
    op.create_foreign_key("fk_invoices_account", "invoices", "accounts", ["account_id"], ["id"], ondelete="CASCADE", postgresql_not_valid=True)
    if op.get_bind().dialect.name == "mysql":
        # InnoDB indexes foreign key columns itself.
        op.create_foreign_key("fk_orders_region", "orders", "regions", ["region_id"], ["id"])


def downgrade():
    op.drop_constraint("fk_invoices_account", "invoices", type_="foreignkey")
    op.create_foreign_key("fk_invoices_account", "invoices", "accounts", ["account_id"], ["id"])
    if op.get_bind().dialect.name == "mysql":
        op.drop_constraint("fk_orders_region", "orders", type_="foreignkey")
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY ix_orders_store_id")
    op.drop_constraint("fk_orders_store", "orders", type_="foreignkey")
    op.drop_table("memberships")
    op.drop_table("user_roles")
    op.drop_index(op.f("ix_line_items_order_id"), table_name="line_items")
    op.drop_table("line_items")
