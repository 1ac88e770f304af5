"""Create api_keys table

Revision ID: d6eb1b227b51
Revises: 
Create Date: 2023-06-22 17:21:44.977087

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd6eb1b227b51'
down_revision = None
branch_labels = ('audit',)
depends_on = ('core',)


def upgrade():
    op.create_table(
        "api_keys",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("api_keys")
