"""index payments by created at

Revision ID: 582bbf1b8c2b
Revises: 30d4da9c4f42
Create Date: 2021-09-08 14:26:50.733129

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "582bbf1b8c2b"
down_revision = "30d4da9c4f42"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("CREATE INDEX ix_payments_created_at ON payments (created_at DESC)")  # expect: create-index-without-concurrently


def downgrade():
    op.execute("DROP INDEX ix_payments_created_at")
