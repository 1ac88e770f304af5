"""Create attachments table

Revision ID: 4697e82ce7ff
Revises: 
Create Date: 2023-05-21 13:39:12.669564

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4697e82ce7ff'
down_revision = None
branch_labels = ('core',)
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
