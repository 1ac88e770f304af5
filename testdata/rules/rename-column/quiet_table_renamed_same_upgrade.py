"""rename alert queue

Revision ID: b3c8f9652e00
Revises: 63c5cd44f575
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "b3c8f9652e00"
down_revision = "63c5cd44f575"
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table("flow_run_alert_queue", "flow_run_notification_queue")  # expect: rename-table
    op.alter_column(
        "flow_run_notification_queue",
        "flow_run_alert_policy_id",
        new_column_name="flow_run_notification_policy_id",
    )


def downgrade():
    op.alter_column(
        "flow_run_notification_queue",
        "flow_run_notification_policy_id",
        new_column_name="flow_run_alert_policy_id",
    )
    op.rename_table("flow_run_notification_queue", "flow_run_alert_queue")
