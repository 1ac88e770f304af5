"""drop broadcast tables

Revision ID: f8e07b47f975
Revises: b57a9af481c8
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "f8e07b47f975"
down_revision = "b57a9af481c8"
branch_labels = None
depends_on = None


def upgrade():
    conn = op.get_bind()
    conn.execute(sa.text("DROP TABLE broadcast_event"))  # expect: drop-table


def downgrade():
    conn = op.get_bind()
    conn.execute(sa.text("CREATE TABLE broadcast_event (id uuid PRIMARY KEY, sent_at timestamp)"))
