"""add tax rate to products

Revision ID: 2de48fd01729
Revises: a74fd0f52fdd
Create Date: 2023-08-29 10:12:44.305561

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "2de48fd01729"
down_revision = "a74fd0f52fdd"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(  # expect: add-not-null-column-without-default
        "products",
        sa.Column(
            "tax_rate",
            sa.Numeric(precision=5, scale=4),
            nullable=False,
            comment="fraction, e.g. 0.2000 for 20%",
        ),
    )
    op.add_column("products", sa.Column("tax_note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("products", "tax_note")
    op.drop_column("products", "tax_rate")
