"""create rate table

Revision ID: 09ea65920cef
Revises: 4cc6163da107
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "09ea65920cef"
down_revision = "4cc6163da107"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "letter_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rate", sa.Numeric(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO letter_rates (id, rate) VALUES (1, 0.3)")
    op.execute("UPDATE letter_rates SET rate = 0.35")


def downgrade():
    op.drop_table("letter_rates")
