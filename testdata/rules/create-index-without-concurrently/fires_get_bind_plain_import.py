"""index events by kind

Revision ID: d8345463f63a
Revises: 838ad0212dc1
Create Date: 2024-06-11 08:55:37.274390

"""
from alembic import op
import sqlalchemy


# revision identifiers, used by Alembic.
revision = "d8345463f63a"
down_revision = "838ad0212dc1"
branch_labels = None
depends_on = None


def upgrade():
    op.get_bind().execute(sqlalchemy.text("CREATE INDEX ix_events_kind ON events (kind)"))  # expect: create-index-without-concurrently


def downgrade():
    op.get_bind().execute(sqlalchemy.text("DROP INDEX ix_events_kind"))
