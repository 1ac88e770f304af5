from alembic import op  # expect: missing-migration-function
import sqlalchemy as sa

revision = "f96739bf6cd9"
down_revision = "110349fab2c8"
branch_labels = None
depends_on = None


def up():
    op.add_column("products", sa.Column("weight_grams", sa.Integer(), nullable=True))


def down():
    op.drop_column("products", "weight_grams")
