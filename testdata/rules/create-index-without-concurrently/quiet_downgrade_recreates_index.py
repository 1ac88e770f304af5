"""drop unused index on carts

Revision ID: 9b97f80c7c05
Revises: d6867d8b2be8
Create Date: 2024-09-24 15:36:07.402851

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "9b97f80c7c05"
down_revision = "d6867d8b2be8"
branch_labels = None
depends_on = None


def upgrade():
    with op.get_context().autocommit_block():
        op.drop_index("ix_carts_updated_at", table_name="carts", postgresql_concurrently=True)


def downgrade():
    # downgrades run by hand, off peak
    op.create_index("ix_carts_updated_at", "carts", ["updated_at"])
