"""rename dvr port bindings

Revision ID: 3c59e767e255
Revises: 3be41004aa48
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "3c59e767e255"
down_revision = "3be41004aa48"
branch_labels = None
depends_on = None


def upgrade():
    conn = op.get_bind()
    conn.execute(sa.text("ALTER TABLE ml2_dvr_port_bindings RENAME TO ml2_distributed_port_bindings"))  # expect: rename-table


def downgrade():
    conn = op.get_bind()
    conn.execute(sa.text("ALTER TABLE ml2_distributed_port_bindings RENAME TO ml2_dvr_port_bindings"))
