"""check the data before the next revisions

Revision ID: bbbbbbbbbbbb
Revises: aaaaaaaaaaaa
Create Date: 2020-03-09 11:31:08.209111

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "bbbbbbbbbbbb"
down_revision = "aaaaaaaaaaaa"
branch_labels = None
depends_on = None


def upgrade():
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name FROM foo")).fetchall()
    assert len(rows) == 0


def downgrade():
    pass
