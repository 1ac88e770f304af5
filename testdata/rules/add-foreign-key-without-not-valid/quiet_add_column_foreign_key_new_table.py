"""create case notes

Revision ID: 8d1b7c0e6a53
Revises: 5e8f01c3b2d9
Create Date: 2023-10-11 17:02:58.761020

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "8d1b7c0e6a53"
down_revision = "5e8f01c3b2d9"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "case_note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("text", sa.Text(), nullable=True),
    )
    op.add_column(
        "case_note",
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("case.id", ondelete="CASCADE"),
            nullable=False,
            server_default="0",
        ),
    )


def downgrade():
    op.drop_table("case_note")
