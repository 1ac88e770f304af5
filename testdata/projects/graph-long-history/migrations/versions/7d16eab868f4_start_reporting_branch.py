"""Start reporting branch

Revision ID: 7d16eab868f4
Revises: dca3b37be9cd
Create Date: 2024-04-22 16:47:31.818886

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7d16eab868f4'
down_revision = 'dca3b37be9cd'
branch_labels = ('reporting',)
depends_on = None


def upgrade():
    op.create_table(
        "audit_events",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("audit_events")
