"""archive templates

Revision ID: 8af8baf1e070
Revises: 15f403cf42bb
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "8af8baf1e070"
down_revision = "15f403cf42bb"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE templates SET archived = FALSE")  # expect: unbatched-data-update


def downgrade():
    op.execute("UPDATE templates SET archived = NULL WHERE archived IS FALSE")
