"""create the tags table

Revision ID: e8022d190fbf
Revises: 32a9769edbe5
Create Date: 2024-03-09 00:02:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e8022d190fbf'
down_revision = '32a9769edbe5'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "tags",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_tags_label_lower", "tags", ["label"])
    op.drop_index("ix_tags_label_lower", table_name="tags")
    op.create_index("ix_tags_label", "tags", ["label"], unique=True)


def downgrade():
    op.drop_table("tags")
