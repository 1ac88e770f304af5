"""drop the signal table

Revision ID: 322092c17411
Revises: 7b8a7e25c8be
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "322092c17411"
down_revision = "7b8a7e25c8be"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text("DROP TABLE signal CASCADE"))  # expect: drop-table


def downgrade():
    op.execute(sa.text("CREATE TABLE signal (id serial PRIMARY KEY, name text)"))
