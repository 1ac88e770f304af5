"""drop deprecated tables

Revision ID: e63c6a069e4e
Revises: b8f37fa5599c
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "e63c6a069e4e"
down_revision = "b8f37fa5599c"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("DROP TABLE IF EXISTS tagmanifestlabel")  # expect: drop-table


def downgrade():
    op.execute("CREATE TABLE tagmanifestlabel (id serial PRIMARY KEY, repository_id integer NOT NULL)")
