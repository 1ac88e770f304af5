"""add referral code to customers

Revision ID: df2427386726
Revises: f5b49ac22c03
Create Date: 2023-06-27 09:14:48.771236

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "df2427386726"
down_revision = "f5b49ac22c03"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("customers", sa.Column("referral_code", sa.String(length=16), nullable=True))
    op.add_column("customers", sa.Column("referred_by_id", sa.Integer()))


def downgrade():
    op.drop_column("customers", "referred_by_id")
    op.drop_column("customers", "referral_code")
