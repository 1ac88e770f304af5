"""add discount

Revision ID: 7f6a5b4c3d2e
Revises: 6e5f4a3b2c1d
Create Date: 2024-01-17 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "7f6a5b4c3d2e"
down_revision = "6e5f4a3b2c1d"
branch_labels = None
depends_on = None


def upgrade():
    conn = op.get_bind()
    conn.execute(sa.text("SELECT set_config('lock_timeout', '3s', false)"))
    op.add_column("invoices", sa.Column("discount", sa.Numeric(10, 2), nullable=True))


def downgrade():
    op.drop_column("invoices", "discount")
