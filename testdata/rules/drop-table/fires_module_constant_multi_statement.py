"""drop oauth tables

Revision ID: 8fea94490e52
Revises: 14da203de305
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "8fea94490e52"
down_revision = "14da203de305"
branch_labels = None
depends_on = None


DROP_OAUTH = """
DROP TABLE oauth_access_tokens;
DROP TABLE oauth_consumers;
DROP TABLE oauth_nonce;
"""


def upgrade():
    op.execute(DROP_OAUTH)  # expect: drop-table


def downgrade():
    op.execute("CREATE TABLE oauth_nonce (id serial PRIMARY KEY)")
    op.execute("CREATE TABLE oauth_consumers (id serial PRIMARY KEY)")
    op.execute("CREATE TABLE oauth_access_tokens (id serial PRIMARY KEY)")
