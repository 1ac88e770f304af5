"""index audit log by actor

Revision ID: 5ba27d3ad0d8
Revises: a74b15b4a6c8
Create Date: 2021-03-02 17:45:20.317468

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '5ba27d3ad0d8'
down_revision = 'a74b15b4a6c8'
branch_labels = None
depends_on = None

SCHEMA = "audit"


def upgrade():
    op.execute("CREATE INDEX ix_log_actor ON %s.log (actor, logged_at)" % SCHEMA)  # expect: create-index-without-concurrently


def downgrade():
    op.execute("DROP INDEX %s.ix_log_actor" % SCHEMA)
