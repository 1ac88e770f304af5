"""Create tags table

Revision ID: 332bd658b276
Revises: 
Create Date: 2025-10-09 14:23:48.568149

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '332bd658b276'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "tags",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("tags")
