"""create memberships

Revision ID: 39f0b81582d3
Revises: d7171dfbe671
Create Date: 2024-04-10 15:00:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '39f0b81582d3'
down_revision = 'd7171dfbe671'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_unique_constraint("uq_memberships_user_team", "memberships", ["user_id", "team_id"])


def downgrade():
    op.drop_table("memberships")
