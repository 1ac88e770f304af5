"""add an external reference to invoices

Revision ID: 41dc671e6310
Revises: c429e0188f7a
Create Date: 2024-05-02 13:12:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '41dc671e6310'
down_revision = 'c429e0188f7a'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "ALTER TABLE invoices ADD COLUMN external_ref uuid DEFAULT uuid_generate_v4()"  # expect: add-column-with-volatile-default
    )


def downgrade():
    op.execute("ALTER TABLE invoices DROP COLUMN external_ref")
