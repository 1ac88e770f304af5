"""add rate limit column

Revision ID: cf92899b58b0
Revises: 8e9b53aadd21
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "cf92899b58b0"
down_revision = "8e9b53aadd21"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("services", sa.Column("rate_limit", sa.Integer(), nullable=True))


def downgrade():
    op.execute("UPDATE services SET message_limit = rate_limit WHERE rate_limit IS NOT NULL")
    op.drop_column("services", "rate_limit")
