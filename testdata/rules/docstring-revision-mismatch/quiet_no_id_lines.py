"""
Add report runs table

Create Date: 2024-12-10 13:12:35.576446
"""

from alembic import op
import sqlalchemy as sa

revision = "adafa2cb29e7"
down_revision = "7931f07b0565"


def upgrade():
    op.create_table(
        "report_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report", sa.String(length=60), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("report_runs")
