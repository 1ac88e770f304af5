"""create the api tokens table

Revision ID: de40b38a13f2
Revises: 347973fb0db0
Create Date: 2024-02-15 04:00:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'de40b38a13f2'
down_revision = '347973fb0db0'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.add_column(
        "api_tokens",
        sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
    )


def downgrade():
    op.drop_table("api_tokens")
