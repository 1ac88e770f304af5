"""check the tenant schema was seeded

Revision ID: 3e8a1f0c2b7d
Revises: 9d41c6b5a0e2
Create Date: 2024-05-14 10:02:51.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "3e8a1f0c2b7d"
down_revision = "9d41c6b5a0e2"
branch_labels = None
depends_on = None


def upgrade():
    # Nothing changes here: stop early if the seed data is missing.
    conn = op.get_bind()
    result = conn.execute(sa.text("SELECT id, name FROM tenants.plans WHERE name = 'free'"))
    rows = result.fetchall()
    assert len(rows) == 1, f"expected one free plan, found {len(rows)}"


def downgrade():
    pass
