"""link invoices to accounts

Revision ID: 3b969a79b219
Revises: 974c94f70423
Create Date: 2024-04-12 09:06:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3b969a79b219'
down_revision = '974c94f70423'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_foreign_key(  # expect: add-foreign-key-without-not-valid
            "fk_invoices_account_id", "accounts", ["account_id"], ["id"]
        )


def downgrade():
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_constraint("fk_invoices_account_id", type_="foreignkey")
