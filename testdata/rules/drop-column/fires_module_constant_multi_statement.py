"""replace day string with a date

Revision ID: d0d069b5296e
Revises: 059086b045e8
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "d0d069b5296e"
down_revision = "059086b045e8"
branch_labels = None
depends_on = None


DROP_OLD_COLUMNS = """
ALTER TABLE notification_statistics DROP COLUMN day_string;
ALTER TABLE notification_statistics DROP COLUMN week_string;
"""


def upgrade():
    op.execute(DROP_OLD_COLUMNS)  # expect: drop-column, drop-column


def downgrade():
    op.execute("ALTER TABLE notification_statistics ADD COLUMN day_string varchar(255)")
    op.execute("ALTER TABLE notification_statistics ADD COLUMN week_string varchar(255)")
