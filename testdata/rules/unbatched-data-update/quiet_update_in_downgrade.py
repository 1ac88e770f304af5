"""add billable units

Revision ID: 9394175493f5
Revises: fc280eb023f3
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "9394175493f5"
down_revision = "fc280eb023f3"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("notification_history", sa.Column("billable_units", sa.Integer(), nullable=True))


def downgrade():
    op.execute("UPDATE notification_history SET billable_units = NULL")
    op.drop_column("notification_history", "billable_units")
