"""remove archived flag from templates

Revision ID: 926dd1bf1cc9
Revises: d41a1097d0b2
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "926dd1bf1cc9"
down_revision = "d41a1097d0b2"
branch_labels = None
depends_on = None


def upgrade():
    conn = op.get_bind()
    conn.execute(sa.text("ALTER TABLE templates DROP COLUMN archived"))  # expect: drop-column


def downgrade():
    conn = op.get_bind()
    conn.execute(sa.text("ALTER TABLE templates ADD COLUMN archived boolean NOT NULL DEFAULT false"))
