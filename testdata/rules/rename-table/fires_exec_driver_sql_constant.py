"""rename network segments

Revision ID: e81d82b34b6d
Revises: cb196e419b53
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "e81d82b34b6d"
down_revision = "cb196e419b53"
branch_labels = None
depends_on = None


OLD_TABLE = "ml2_network_segments"
RENAME_SEGMENTS = "ALTER TABLE ml2_network_segments RENAME TO networksegments"


def upgrade():
    connection = op.get_bind()
    connection.exec_driver_sql(RENAME_SEGMENTS)  # expect: rename-table


def downgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("ALTER TABLE networksegments RENAME TO ml2_network_segments")
