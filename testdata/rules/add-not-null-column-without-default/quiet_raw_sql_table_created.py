"""create price history

Revision ID: 4446c09aaaf6
Revises: b2cd2b5905b6
Create Date: 2023-02-14 12:03:58.436201

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '4446c09aaaf6'
down_revision = 'b2cd2b5905b6'
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        """
        CREATE TABLE price_history (
            id bigserial PRIMARY KEY,
            product_id integer NOT NULL REFERENCES products (id),
            price_cents integer NOT NULL
        )
        """
    )
    op.execute("ALTER TABLE price_history ADD COLUMN valid_from timestamptz NOT NULL")


def downgrade():
    op.execute("DROP TABLE price_history")
