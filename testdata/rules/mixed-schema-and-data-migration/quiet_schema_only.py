"""add rate limit

Revision ID: 0a7b990fdf33
Revises: 790600209475
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0a7b990fdf33"
down_revision = "790600209475"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("services", sa.Column("rate_limit", sa.Integer(), nullable=True))
    op.create_index("ix_services_rate_limit", "services", ["rate_limit"], postgresql_concurrently=True)  # expect: concurrently-in-transaction


def downgrade():
    op.drop_index("ix_services_rate_limit", table_name="services")
    op.drop_column("services", "rate_limit")
