"""partial index on unpaid invoices

Revision ID: 28d823c300bd
Revises: e60979d715b7
Create Date: 2023-09-19 16:08:51.847320

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '28d823c300bd'
down_revision = 'e60979d715b7'
branch_labels = None
depends_on = None

CREATE_UNPAID_INDEX = """
CREATE INDEX ix_invoices_unpaid_due_date
    ON invoices (due_date)
    WHERE paid_at IS NULL
"""


def upgrade():
    op.execute(CREATE_UNPAID_INDEX)  # expect: create-index-without-concurrently


def downgrade():
    op.execute("DROP INDEX ix_invoices_unpaid_due_date")
