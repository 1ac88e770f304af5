"""add and settle the slug column

Revision ID: ac8c1050c571
Revises: 4a0be67f8858
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "ac8c1050c571"
down_revision = "4a0be67f8858"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("block_type") as batch_op:
        batch_op.add_column(sa.Column("slug_tmp", sa.String(), nullable=True))
        batch_op.alter_column("slug_tmp", new_column_name="slug")


def downgrade():
    with op.batch_alter_table("block_type") as batch_op:
        batch_op.drop_column("slug")
