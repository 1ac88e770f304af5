"""add status to invoices

Revision ID: fc32c977acf7
Revises: 47de383c99e4
Create Date: 2022-09-20 08:47:33.301986

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "fc32c977acf7"
down_revision = "47de383c99e4"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE invoices ADD COLUMN status varchar(20) NOT NULL DEFAULT 'draft'")
    op.execute(
        sa.text(
            """
            ALTER TABLE invoices
                ADD COLUMN reminder_count integer DEFAULT 0 NOT NULL
            """
        )
    )
    op.execute("ALTER TABLE invoices ADD COLUMN paid_note text")


def downgrade():
    op.execute("ALTER TABLE invoices DROP COLUMN paid_note")
    op.execute("ALTER TABLE invoices DROP COLUMN reminder_count")
    op.execute("ALTER TABLE invoices DROP COLUMN status")
