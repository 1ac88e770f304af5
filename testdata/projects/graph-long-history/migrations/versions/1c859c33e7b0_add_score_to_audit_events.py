"""Add score to audit_events

Revision ID: 1c859c33e7b0
Revises: be10864dfbe3
Create Date: 2024-11-25 22:26:43.532741

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1c859c33e7b0'
down_revision = 'be10864dfbe3'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("score", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("audit_events", "score")
