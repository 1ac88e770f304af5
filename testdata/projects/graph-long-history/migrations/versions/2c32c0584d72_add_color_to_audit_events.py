"""Add color to audit_events

Revision ID: 2c32c0584d72
Revises: a21ec50f601e
Create Date: 2024-09-19 17:04:40.563341

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2c32c0584d72'
down_revision = 'a21ec50f601e'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("color", sa.String(length=7), nullable=True))


def downgrade():
    op.drop_column("audit_events", "color")
