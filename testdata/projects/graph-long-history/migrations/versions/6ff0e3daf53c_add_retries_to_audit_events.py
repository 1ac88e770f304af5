"""Add retries to audit_events

Revision ID: 6ff0e3daf53c
Revises: 301320e920b8
Create Date: 2025-06-02 18:25:12.563459

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6ff0e3daf53c'
down_revision = '301320e920b8'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "retries")
