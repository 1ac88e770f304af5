"""notification status not null

The CHECK (notification_status IS NOT NULL) NOT VALID constraint was added by the previous
revision; validating it lets writes through, and SET NOT NULL then trusts it.

Revision ID: 0555_add_notify_status_not_null
Revises: 0554_add_notif_status_constraint
Create Date: 2024-07-20 00:00:00.000000

"""
from alembic import op


revision = "0555_add_notify_status_not_null"
down_revision = "0554_add_notif_status_constraint"


def upgrade():
    op.execute(
        "ALTER TABLE notifications "
        "VALIDATE CONSTRAINT ck_notifications_notification_status_not_null;"
    )
    op.execute("ALTER TABLE notifications ALTER COLUMN notification_status SET NOT NULL;")
    op.execute(
        "ALTER TABLE notifications "
        "DROP CONSTRAINT ck_notifications_notification_status_not_null;"
    )


def downgrade():
    op.execute("ALTER TABLE notifications ALTER COLUMN notification_status DROP NOT NULL;")
    op.execute(
        "ALTER TABLE notifications ADD CONSTRAINT ck_notifications_notification_status_not_null "
        "CHECK (notification_status IS NOT NULL) NOT VALID;"
    )
