"""index invoices by customer

Revision ID: 7616e57001e5
Revises: 75a40ac6ff8d
Create Date: 2022-08-30 12:34:19.660127

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "7616e57001e5"
down_revision = "75a40ac6ff8d"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("CREATE INDEX CONCURRENTLY ix_invoices_customer_id ON invoices (customer_id)")  # expect: concurrently-in-transaction


def downgrade():
    op.execute("DROP INDEX ix_invoices_customer_id")
