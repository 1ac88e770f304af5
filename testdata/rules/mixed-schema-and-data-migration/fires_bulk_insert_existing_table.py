"""add quota events

Revision ID: 02d1ca02be95
Revises: 9933c71deee0
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "02d1ca02be95"
down_revision = "9933c71deee0"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("externalnotificationevent", sa.Column("description", sa.String(), nullable=True))
    events = sa.table("externalnotificationevent", sa.column("name", sa.String))
    op.bulk_insert(events, [{"name": "quota_warning"}, {"name": "quota_error"}])  # expect: mixed-schema-and-data-migration


def downgrade():
    op.execute("DELETE FROM externalnotificationevent WHERE name IN ('quota_warning', 'quota_error')")
    op.drop_column("externalnotificationevent", "description")
