"""Add source to audit_events

Revision ID: 70b4c9bcbc89
Revises: a1dfcea74e76
Create Date: 2024-08-09 04:20:30.546150

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '70b4c9bcbc89'
down_revision = 'a1dfcea74e76'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("audit_events", sa.Column("source", sa.String(length=32), nullable=True))


def downgrade():
    op.drop_column("audit_events", "source")
