"""unique lower email on customers

Revision ID: 7b9d05e19d6a
Revises: 9da24e82c318
Create Date: 2023-01-16 10:44:22.918407

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7b9d05e19d6a'
down_revision = '9da24e82c318'
branch_labels = None
depends_on = None


def upgrade():
    # expect: create-index-without-concurrently
    op.execute(sa.text("""
        CREATE UNIQUE INDEX uq_customers_lower_email
            ON customers (lower(email))
            WHERE deleted_at IS NULL
    """))


def downgrade():
    op.execute(sa.text("DROP INDEX uq_customers_lower_email"))
