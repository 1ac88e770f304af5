"""create and rename scratch table

Revision ID: 0050aafc11ea
Revises: 64bf7c9a5884
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0050aafc11ea"
down_revision = "64bf7c9a5884"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "tmp_worker",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.rename_table("tmp_worker", "worker")


def downgrade():
    op.drop_table("worker")
