"""rebuild indexes after collation change

Revision ID: 84b6680b23e3
Revises: 50a4cae8be4c
Create Date: 2024-09-05 11:06:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '84b6680b23e3'
down_revision = '50a4cae8be4c'
branch_labels = None
depends_on = None


REBUILD = """
REINDEX INDEX ix_customers_name;
REINDEX INDEX CONCURRENTLY ix_customers_email;
"""


def upgrade():
    op.execute(REBUILD)  # expect: reindex-without-concurrently, concurrently-in-transaction


def downgrade():
    op.execute("SELECT 1")
