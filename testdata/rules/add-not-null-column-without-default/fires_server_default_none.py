"""add priority to support tickets

Revision ID: 01d9849de76e
Revises: 6b998a7be7d9
Create Date: 2024-01-30 09:27:51.764092

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "01d9849de76e"
down_revision = "6b998a7be7d9"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column(  # expect: add-not-null-column-without-default
        "support_tickets",
        sa.Column("priority", sa.SmallInteger(), nullable=False, server_default=None),
    )


def downgrade():
    op.drop_column("support_tickets", "priority")
