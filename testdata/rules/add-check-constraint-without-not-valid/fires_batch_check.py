"""require a known status

Revision ID: 63b77bd067a4
Revises: 126384f8277b
Create Date: 2024-07-04 11:07:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '63b77bd067a4'
down_revision = '126384f8277b'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("jobs") as batch_op:
        batch_op.create_check_constraint(  # expect: add-check-constraint-without-not-valid
            "ck_jobs_status", "status IN ('queued', 'running', 'done')"
        )


def downgrade():
    with op.batch_alter_table("jobs") as batch_op:
        batch_op.drop_constraint("ck_jobs_status", type_="check")
