"""drop audit events

Revision ID: 7f3e9a1c5b2d
Revises: 3b9c1e7d2a40
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7f3e9a1c5b2d"
down_revision = "3b9c1e7d2a40"
branch_labels = None
depends_on = None


def upgrade():
    # A blank line ends an own-line comment's reach: the drop below is still reported.
    # alembic-lint: ignore[drop-table] -- unused since 2024.06  # expect: unused-suppression

    op.drop_table("audit_events")  # expect: drop-table


def downgrade():
    op.create_table("audit_events", sa.Column("id", sa.Integer(), primary_key=True))
