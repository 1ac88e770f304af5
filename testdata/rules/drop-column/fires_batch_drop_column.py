"""remove empirical config from flow runs

Revision ID: 10120c6f7888
Revises: 444bae0e9888
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "10120c6f7888"
down_revision = "444bae0e9888"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("flow_run", schema=None) as batch_op:
        batch_op.drop_column("empirical_config")  # expect: drop-column


def downgrade():
    with op.batch_alter_table("flow_run", schema=None) as batch_op:
        batch_op.add_column(sa.Column("empirical_config", sa.JSON(), nullable=True))
