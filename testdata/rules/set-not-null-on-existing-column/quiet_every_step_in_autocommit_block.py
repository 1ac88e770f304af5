"""make invoice numbers mandatory

Revision ID: 9c8b7a6f5e4d
Revises: 3e4f5a6b7c8d
Create Date: 2024-08-14 10:12:40.551093

"""
from alembic import op
import sqlalchemy as sa


revision = "9c8b7a6f5e4d"
down_revision = "3e4f5a6b7c8d"
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.create_check_constraint(
            "ck_invoices_number_present",
            "invoices",
            "number IS NOT NULL",
            postgresql_not_valid=True,
        )
        op.execute("ALTER TABLE invoices VALIDATE CONSTRAINT ck_invoices_number_present")
        op.alter_column("invoices", "number", existing_type=sa.String(length=20), nullable=False)
        op.drop_constraint("ck_invoices_number_present", "invoices", type_="check")


def downgrade():
    op.alter_column("invoices", "number", existing_type=sa.String(length=20), nullable=True)
