"""try optional extension

Revision ID: abfd9b8a9bde
Revises: d74aa11fd9f9
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "abfd9b8a9bde"
down_revision = "d74aa11fd9f9"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SAVEPOINT before_extension")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("ROLLBACK TO SAVEPOINT before_extension")
    op.execute("RELEASE SAVEPOINT before_extension")


def downgrade():
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
