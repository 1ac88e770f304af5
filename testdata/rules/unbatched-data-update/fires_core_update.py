"""round rates

Revision ID: c5c578815968
Revises: 8501c623b548
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c5c578815968"
down_revision = "8501c623b548"
branch_labels = None
depends_on = None


def upgrade():
    rates = sa.table("rates", sa.column("rate", sa.Numeric))
    conn = op.get_bind()
    conn.execute(rates.update().values(rate=sa.func.round(rates.c.rate, 4)))  # expect: unbatched-data-update


def downgrade():
    op.execute("ALTER TABLE rates ALTER COLUMN rate TYPE numeric")
