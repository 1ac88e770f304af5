"""drop audit events

Revision ID: 2c4e6a8b0d1f
Revises: 0d2de92b31e4
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "2c4e6a8b0d1f"
down_revision = "0d2de92b31e4"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_table("audit_events")  # alembic-lint: ignore[drop-tabel] -- unused since 2024.06  # expect: drop-table, invalid-suppression


def downgrade():
    op.create_table("audit_events", sa.Column("id", sa.Integer(), primary_key=True))
