"""step one of renaming customers

Revision ID: 7d1e5cee2fd0
Revises: 859d8925c865
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7d1e5cee2fd0"
down_revision = "859d8925c865"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("ALTER INDEX ix_customers_name RENAME TO ix_customers_name_old")


def downgrade():
    op.execute("ALTER INDEX ix_customers_name_old RENAME TO ix_customers_name")
    op.drop_table("clients")
