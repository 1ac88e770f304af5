"""create incident cost

Revision ID: a1c2e3f4b5d6
Revises: 9b8c7d6e5f4a
Create Date: 2024-01-20 10:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "a1c2e3f4b5d6"
down_revision = "9b8c7d6e5f4a"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(  # expect: missing-lock-timeout
        "incident_cost",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(), nullable=True),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["incident_id"], ["incident.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("incident_cost")
