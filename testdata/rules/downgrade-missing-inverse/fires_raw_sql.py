"""add a notes column with SQL

Revision ID: 80da9d634cec
Revises: 24e98156a5e5
Create Date: 2024-09-01 13:10:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '80da9d634cec'
down_revision = '24e98156a5e5'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE orders ADD COLUMN notes text")  # expect: downgrade-missing-inverse
    op.execute("ALTER TABLE orders ADD COLUMN gift boolean")


def downgrade():
    op.execute("ALTER TABLE orders DROP COLUMN gift")
