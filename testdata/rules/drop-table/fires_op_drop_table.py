"""remove the rego otk table

Revision ID: 0d2de92b31e4
Revises: faa1aa308d2e
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0d2de92b31e4"
down_revision = "faa1aa308d2e"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_index("rego_otk_name_idx", table_name="rego_otk")
    op.drop_table("rego_otk")  # expect: drop-table


def downgrade():
    op.create_table(
        "rego_otk",
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("otk", sa.Text(), nullable=True),
        sa.Column("date", sa.DateTime(), nullable=True),
    )
    op.create_index("rego_otk_name_idx", "rego_otk", ["name"], unique=False)
