"""index refunds by payment

Revision ID: b02824bd7908
Revises: 50081c931d62
Create Date: 2024-11-12 16:12:50.528973

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "b02824bd7908"
down_revision = "50081c931d62"
branch_labels = None
depends_on = None


def create_index_concurrently(name, table, columns):
    op.create_index(name, table, columns, postgresql_concurrently=True, if_not_exists=True)


def upgrade():
    with op.get_context().autocommit_block():
        create_index_concurrently("ix_refunds_payment_id", "refunds", ["payment_id"])
        create_index_concurrently("ix_refunds_created_at", "refunds", ["created_at"])


def downgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_refunds_created_at", table_name="refunds", postgresql_concurrently=True)
        op.drop_index("ix_refunds_payment_id", table_name="refunds", postgresql_concurrently=True)
