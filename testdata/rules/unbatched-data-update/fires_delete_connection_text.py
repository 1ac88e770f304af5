"""migrate v1 concurrency limits

Revision ID: caab04dfcebc
Revises: ca167864a94f
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "caab04dfcebc"
down_revision = "ca167864a94f"
branch_labels = None
depends_on = None


def upgrade():
    connection = op.get_bind()
    connection.execute(sa.text("DELETE FROM concurrency_limit"))  # expect: unbatched-data-update


def downgrade():
    connection = op.get_bind()
    connection.execute(sa.text("INSERT INTO concurrency_limit (tag, concurrency_limit) SELECT substr(name, 5), active_slots FROM concurrency_limit_v2 WHERE name LIKE 'tag:%'"))
