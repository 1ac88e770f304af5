"""Create subscriptions table

Revision ID: 699f5fd8e665
Revises: a9dfbaecde5b
Create Date: 2023-03-02 07:49:49.188434

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '699f5fd8e665'
down_revision = 'a9dfbaecde5b'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("subscriptions")
