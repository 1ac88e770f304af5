"""add due date to invoices

Revision ID: 82aaecb2a24d
Revises: 13c567e06bda
Create Date: 2023-03-09 17:05:40.228810

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '82aaecb2a24d'
down_revision = '13c567e06bda'
branch_labels = None
depends_on = None


def upgrade():
    # expect: add-not-null-column-without-default
    op.execute(sa.text("""
        ALTER TABLE invoices
            ADD COLUMN due_date date NOT NULL
    """))


def downgrade():
    op.execute(sa.text("ALTER TABLE invoices DROP COLUMN due_date"))
