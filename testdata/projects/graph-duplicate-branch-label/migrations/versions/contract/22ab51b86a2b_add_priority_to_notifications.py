"""Add priority to notifications

Revision ID: 22ab51b86a2b
Revises: c96c4b5bea80
Create Date: 2026-02-26 17:39:46.081380

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '22ab51b86a2b'
down_revision = 'c96c4b5bea80'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("notifications", sa.Column("priority", sa.SmallInteger(), nullable=True))


def downgrade():
    op.drop_column("notifications", "priority")
