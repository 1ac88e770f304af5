"""index refunds by payment

Revision ID: d1ee4ce8110f
Revises: 3d46a06ab80b
Create Date: 2024-11-12 16:12:50.528973

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "d1ee4ce8110f"
down_revision = "3d46a06ab80b"
branch_labels = None
depends_on = None


def create_index_concurrently(name, table, columns):
    op.create_index(name, table, columns, postgresql_concurrently=True, if_not_exists=True)  # expect: concurrently-in-transaction


def upgrade():
    create_index_concurrently("ix_refunds_payment_id", "refunds", ["payment_id"])


def downgrade():
    op.drop_index("ix_refunds_payment_id", table_name="refunds")
