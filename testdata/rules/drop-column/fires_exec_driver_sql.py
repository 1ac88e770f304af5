"""drop socket from port forwardings

Revision ID: ca143c5740f5
Revises: 1c9347f7c963
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "ca143c5740f5"
down_revision = "1c9347f7c963"
branch_labels = None
depends_on = None


def upgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("ALTER TABLE portforwardings DROP COLUMN socket")  # expect: drop-column


def downgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("ALTER TABLE portforwardings ADD COLUMN socket varchar(36)")
