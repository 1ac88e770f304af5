"""rebuild indexes on postgresql only

Revision ID: 34602fdb562a
Revises: 1f0896d81822
Create Date: 2024-04-05 06:00:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '34602fdb562a'
down_revision = '1f0896d81822'
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == "mysql":
        op.execute("OPTIMIZE TABLE orders")
    else:
        with op.get_context().autocommit_block():
            op.execute("REINDEX TABLE CONCURRENTLY orders")


def downgrade():
    op.execute("SELECT 1")
