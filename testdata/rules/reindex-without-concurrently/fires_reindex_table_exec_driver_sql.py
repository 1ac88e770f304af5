"""rebuild every index of audit_log

Revision ID: ec69430a16e4
Revises: dbb56aabab27
Create Date: 2024-03-13 06:09:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ec69430a16e4'
down_revision = 'dbb56aabab27'
branch_labels = None
depends_on = None


def upgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("REINDEX TABLE audit_log")  # expect: reindex-without-concurrently


def downgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("SELECT 1")
