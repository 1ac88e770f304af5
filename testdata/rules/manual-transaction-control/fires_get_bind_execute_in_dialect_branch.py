"""repo mirror columns

Revision ID: 9675ee59f953
Revises: 2e74823cf2f3
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "9675ee59f953"
down_revision = "2e74823cf2f3"
branch_labels = None
depends_on = None


def upgrade():
    if op.get_bind().engine.name == "postgresql":
        op.get_bind().execute("COMMIT")  # expect: manual-transaction-control
        op.execute("ALTER TYPE repomirrorstatus ADD VALUE 'SYNC_NOW'")


def downgrade():
    op.execute("UPDATE repomirrorconfig SET sync_status = 'NEVER_RUN' WHERE sync_status = 'SYNC_NOW'")
