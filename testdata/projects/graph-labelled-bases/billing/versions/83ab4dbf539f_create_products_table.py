"""Create products table

Revision ID: 83ab4dbf539f
Revises: 
Create Date: 2023-06-12 04:04:19.812951

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '83ab4dbf539f'
down_revision = None
branch_labels = ('billing',)
depends_on = ('9f3c1454929e',)


def upgrade():
    op.create_table(
        "products",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    op.drop_table("products")
