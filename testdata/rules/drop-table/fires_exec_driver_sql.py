"""drop mapping table

Revision ID: 25320d096680
Revises: 9d4e8ac0f493
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "25320d096680"
down_revision = "9d4e8ac0f493"
branch_labels = None
depends_on = None


def upgrade():
    op.get_bind().exec_driver_sql("DROP TABLE notification_to_sms_sender")  # expect: drop-table


def downgrade():
    op.get_bind().exec_driver_sql(
        "CREATE TABLE notification_to_sms_sender (notification_id uuid PRIMARY KEY, service_sms_sender_id uuid)"
    )
