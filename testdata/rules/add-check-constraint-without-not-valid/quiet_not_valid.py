"""require a known status without validating

Revision ID: f103ae614a4a
Revises: 93615b9ba368
Create Date: 2024-04-02 00:03:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f103ae614a4a'
down_revision = '93615b9ba368'
branch_labels = None
depends_on = None


def upgrade():
    op.create_check_constraint(
        "ck_jobs_status",
        "jobs",
        "status IN ('queued', 'running', 'done')",
        postgresql_not_valid=True,
    )


def downgrade():
    op.drop_constraint("ck_jobs_status", "jobs", type_="check")
