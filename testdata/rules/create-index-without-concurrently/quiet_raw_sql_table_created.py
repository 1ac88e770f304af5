"""create stock movements

Revision ID: 1550f0bc37b6
Revises: 5138df3b0606
Create Date: 2023-08-08 07:49:02.713560

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "1550f0bc37b6"
down_revision = "5138df3b0606"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        """
        CREATE TABLE stock_movements (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            product_id integer NOT NULL REFERENCES products (id),
            delta integer NOT NULL,
            moved_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX ix_stock_movements_product_id ON stock_movements (product_id);
        """
    )


def downgrade():
    op.execute("DROP TABLE stock_movements")
