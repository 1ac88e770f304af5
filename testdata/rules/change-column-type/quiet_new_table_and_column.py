"""add invoices

Revision ID: 8d7c6b5a4f3e
Revises: 2f3e4d5c6b7a
Create Date: 2024-03-05 14:40:12.660214

"""
from alembic import op
import sqlalchemy as sa


revision = "8d7c6b5a4f3e"
down_revision = "2f3e4d5c6b7a"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "invoices",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("number", sa.String(length=20), nullable=False),
    )
    # Both are empty: changing their type costs nothing.
    op.alter_column("invoices", "number", type_=sa.Integer(), postgresql_using="number::integer")
    op.add_column("customers", sa.Column("tax_code", sa.String(length=8), nullable=True))
    op.execute("ALTER TABLE customers ALTER COLUMN tax_code TYPE integer USING tax_code::integer")


def downgrade():
    op.drop_column("customers", "tax_code")
    op.drop_table("invoices")
