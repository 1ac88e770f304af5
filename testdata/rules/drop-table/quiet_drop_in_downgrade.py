"""add audit events

Revision ID: 7a40e34123c7
Revises: 7664e7b09c08
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "7a40e34123c7"
down_revision = "7664e7b09c08"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("audit_events")
    op.execute("DROP TABLE IF EXISTS audit_events")
