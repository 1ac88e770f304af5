"""trigram index on product names

Revision ID: a85d82fe6ae6
Revises: 375906747ae4
Create Date: 2025-01-07 13:40:26.112958

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "a85d82fe6ae6"
down_revision = "375906747ae4"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    bind.exec_driver_sql(
        "CREATE INDEX ix_products_name_trgm ON products USING gin (name gin_trgm_ops)"  # expect: create-index-without-concurrently
    )


def downgrade():
    bind = op.get_bind()
    bind.exec_driver_sql("DROP INDEX ix_products_name_trgm")
