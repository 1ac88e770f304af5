"""require rate limit value

Revision ID: 379633cb1778
Revises: 566f990a68b4
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "379633cb1778"
down_revision = "566f990a68b4"
branch_labels = None
depends_on = None


SET_LIMITS = """
UPDATE services
SET
    letter_message_limit = 999999999,
    sms_message_limit = 999999999;
UPDATE services_history SET sms_message_limit = 999999999 WHERE version = 1;
"""


def upgrade():
    op.execute(SET_LIMITS)  # expect: unbatched-data-update


def downgrade():
    op.execute("UPDATE services SET sms_message_limit = 250000 WHERE sms_message_limit = 999999999")
