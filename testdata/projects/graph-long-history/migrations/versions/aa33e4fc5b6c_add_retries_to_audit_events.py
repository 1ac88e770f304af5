"""Add retries to audit_events

Revision ID: aa33e4fc5b6c
Revises: dca3b37be9cd
Create Date: 2024-04-24 18:38:21.585578

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'aa33e4fc5b6c'
down_revision = 'dca3b37be9cd'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "retries")
