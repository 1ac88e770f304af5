"""rename run alerts to run notifications

Revision ID: cdcb4018dd0e
Revises: 5bef29002378
Create Date: 2024-03-11 10:21:44.318204

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "cdcb4018dd0e"
down_revision: Union[str, None] = "5bef29002378"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.rename_table("flow_run_alert_policy", "flow_run_notification_policy")  # expect: rename-table
    op.rename_table("flow_run_alert_queue", "flow_run_notification_queue")  # expect: rename-table


def downgrade() -> None:
    op.rename_table("flow_run_notification_queue", "flow_run_alert_queue")
    op.rename_table("flow_run_notification_policy", "flow_run_alert_policy")
