"""create shipments table

Revision ID: 38bcd3296329
Revises: 158f1f8c4db9
Create Date: 2024-06-30 19:12:08.341977

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '38bcd3296329'
down_revision = '158f1f8c4db9'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "shipments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("carrier", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"]),
        sa.PrimaryKeyConstraint("id"),  # expect: syntax-error


def downgrade():
    op.drop_table("shipments")
