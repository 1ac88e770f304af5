"""Create attachments table

Revision ID: 14757f3a0ae9
Revises: 
Create Date: 2025-11-23 18:11:18.883557

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '14757f3a0ae9'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "attachments",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("attachments")
