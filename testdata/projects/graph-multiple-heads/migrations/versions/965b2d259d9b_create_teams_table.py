"""Create teams table

Revision ID: 965b2d259d9b
Revises: b611a5935583
Create Date: 2025-09-09 13:18:52.598316

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '965b2d259d9b'
down_revision = 'b611a5935583'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "teams",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("teams")
