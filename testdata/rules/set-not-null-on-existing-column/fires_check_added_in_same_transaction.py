"""notifications always have a status

Revision ID: 3e4f5a6b7c8d
Revises: b7c8d9e0f1a2
Create Date: 2024-07-01 12:00:00.000000

"""
from alembic import op


revision = "3e4f5a6b7c8d"
down_revision = "b7c8d9e0f1a2"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(
        "ALTER TABLE notifications ADD CONSTRAINT ck_notifications_status_not_null "
        "CHECK (status IS NOT NULL) NOT VALID"
    )
    # The ADD's lock is still held here: this scan blocks reads and writes.
    op.execute(
        "ALTER TABLE notifications VALIDATE CONSTRAINT ck_notifications_status_not_null"  # expect: add-check-constraint-without-not-valid
    )
    op.execute("ALTER TABLE notifications ALTER COLUMN status SET NOT NULL")  # expect: set-not-null-on-existing-column
    op.execute("ALTER TABLE notifications DROP CONSTRAINT ck_notifications_status_not_null")


def downgrade():
    op.execute("ALTER TABLE notifications ALTER COLUMN status DROP NOT NULL")
