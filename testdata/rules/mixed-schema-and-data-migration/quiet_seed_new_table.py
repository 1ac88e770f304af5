"""create letter rates

Revision ID: 8ffcd7a92322
Revises: 82b93f40bc21
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "8ffcd7a92322"
down_revision = "82b93f40bc21"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "letter_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rate", sa.Numeric(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    letter_rates = sa.table("letter_rates", sa.column("id"), sa.column("rate"))
    op.bulk_insert(letter_rates, [{"id": 1, "rate": 0.3}, {"id": 2, "rate": 0.33}])
    op.execute("INSERT INTO letter_rates (id, rate) VALUES (3, 0.35)")


def downgrade():
    op.drop_table("letter_rates")
