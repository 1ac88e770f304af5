"""Add region to audit_events

Revision ID: be10864dfbe3
Revises: d2c06e1cfef1
Create Date: 2024-11-20 17:53:55.079144

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'be10864dfbe3'
down_revision = 'd2c06e1cfef1'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("region", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("audit_events", "region")
