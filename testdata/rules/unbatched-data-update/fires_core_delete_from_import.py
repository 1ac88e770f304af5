"""clear daily sorted letters

Revision ID: 311c79373fb9
Revises: 3fc18e0b782c
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
from sqlalchemy import column, delete, table


# revision identifiers, used by Alembic.
revision = "311c79373fb9"
down_revision = "3fc18e0b782c"
branch_labels = None
depends_on = None


def upgrade():
    daily_sorted_letter = table("daily_sorted_letter", column("id"))
    op.execute(delete(daily_sorted_letter))  # expect: unbatched-data-update


def downgrade():
    op.execute("ANALYZE daily_sorted_letter")
