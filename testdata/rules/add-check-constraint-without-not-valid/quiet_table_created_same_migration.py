"""create the budgets table

Revision ID: f04816a96868
Revises: 7489f42c8527
Create Date: 2024-04-01 04:08:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f04816a96868'
down_revision = '7489f42c8527'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "budgets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(12, 2), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_check_constraint("ck_budgets_amount", "budgets", "amount > 0")


def downgrade():
    op.drop_table("budgets")
