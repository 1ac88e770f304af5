"""rebuild notification statistics

Revision ID: 0412_stats_rebuild
Revises: 0411_letter_branding
Create Date: 2023-02-14 09:12:31.553210

"""
import sqlalchemy as sa
from alembic import op

revision = "0412_stats_rebuild"
down_revision = "0411_letter_branding"


def upgrade():
    op.add_column("ft_notification_status", sa.Column("billable_units", sa.Integer(), nullable=True))
    # The nightly task fills the table again from the new column.
    op.execute("TRUNCATE TABLE ft_notification_status")  # expect: mixed-schema-and-data-migration


def downgrade():
    op.drop_column("ft_notification_status", "billable_units")
