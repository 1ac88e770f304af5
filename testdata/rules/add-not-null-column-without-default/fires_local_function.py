"""add audit columns to payments

Revision ID: 25cf4e44147a
Revises: fc74ea5f9670
Create Date: 2024-04-09 09:51:23.170488

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "25cf4e44147a"
down_revision = "fc74ea5f9670"
branch_labels = None
depends_on = None


def _add_audit_columns(table):
    op.add_column(table, sa.Column("created_by", sa.String(length=120), nullable=True))
    op.add_column(table, sa.Column("updated_by", sa.String(length=120), nullable=True))


def _add_processor_reference():
    op.add_column(  # expect: add-not-null-column-without-default
        "payments",
        sa.Column("processor_reference", sa.String(length=64), nullable=False),
    )


def upgrade():
    _add_audit_columns("payments")
    _add_processor_reference()


def downgrade():
    op.drop_column("payments", "processor_reference")
    op.drop_column("payments", "updated_by")
    op.drop_column("payments", "created_by")
