"""rebuild search index

Revision ID: da183e6643da
Revises: cbe357a498ed
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "da183e6643da"
down_revision = "cbe357a498ed"
branch_labels = None
depends_on = None


def upgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("COMMIT")  # expect: manual-transaction-control
    connection.exec_driver_sql("REINDEX INDEX CONCURRENTLY ix_documents_search")
    connection.exec_driver_sql("BEGIN")  # expect: manual-transaction-control


def downgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("ANALYZE documents")
