"""index invoices by customer

Revision ID: 92af20c7c87c
Revises: 412085591af2
Create Date: 2022-08-30 12:34:19.660127

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "92af20c7c87c"
down_revision = "412085591af2"
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_invoices_customer_id")
        op.execute(
            sa.text(
                """
                CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_invoices_customer_id
                    ON invoices (customer_id)
                """
            )
        )


def downgrade():
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_invoices_customer_id")
