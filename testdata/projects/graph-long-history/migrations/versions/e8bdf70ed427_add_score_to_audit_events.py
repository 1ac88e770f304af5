"""Add score to audit_events

Revision ID: e8bdf70ed427
Revises: db585d4e9f70
Create Date: 2024-09-04 05:05:55.672297

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e8bdf70ed427'
down_revision = 'db585d4e9f70'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("score", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "score")
