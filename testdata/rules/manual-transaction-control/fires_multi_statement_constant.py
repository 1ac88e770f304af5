"""backfill and rebuild

Revision ID: 2e952454f6ac
Revises: 3f91a61a2f71
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "2e952454f6ac"
down_revision = "3f91a61a2f71"
branch_labels = None
depends_on = None


BACKFILL = """
UPDATE letter_costs SET crown = true WHERE crown IS NULL;
COMMIT;
START TRANSACTION;
"""


def upgrade():
    op.execute(BACKFILL)  # expect: manual-transaction-control


def downgrade():
    op.execute("UPDATE letter_costs SET crown = NULL WHERE crown IS TRUE")
