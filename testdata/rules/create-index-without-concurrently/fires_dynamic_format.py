"""index order timestamps

Revision ID: 873af329e4a8
Revises: ff43166e649b
Create Date: 2022-10-25 09:03:48.590214

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "873af329e4a8"
down_revision = "ff43166e649b"
branch_labels = None
depends_on = None

COLUMNS = ("created_at", "updated_at")


def upgrade():
    for column in COLUMNS:
        op.execute("CREATE INDEX ix_orders_{0} ON orders ({0})".format(column))  # expect: create-index-without-concurrently


def downgrade():
    for column in COLUMNS:
        op.execute("DROP INDEX ix_orders_{0}".format(column))
