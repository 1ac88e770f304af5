"""create coupons table

Revision ID: fc48aa42ab97
Revises: df127e686bd0
Create Date: 2023-09-04 08:21:57.004113

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fc48aa42ab97'
down_revision = 'df127e686bd0'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "coupons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("percent_off", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade()  # expect: syntax-error
    op.drop_table("coupons")
