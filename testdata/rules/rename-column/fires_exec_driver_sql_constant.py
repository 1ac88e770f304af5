"""rename target tenant

Revision ID: 940214014775
Revises: 8c637ca6792e
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "940214014775"
down_revision = "8c637ca6792e"
branch_labels = None
depends_on = None


RENAME = (
    "ALTER TABLE networkrbacs "
    "RENAME COLUMN target_tenant TO target_project"
)


def upgrade():
    op.get_bind().exec_driver_sql(RENAME)  # expect: rename-column


def downgrade():
    op.get_bind().exec_driver_sql("ALTER TABLE networkrbacs RENAME COLUMN target_project TO target_tenant")
