"""create api keys

Revision ID: faf973364cc7
Revises: 87a5bda15656
Create Date: 2024-07-01 10:26:19.805627

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "faf973364cc7"
down_revision = "87a5bda15656"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(length=8), nullable=False),
        sa.Column("hashed_secret", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    # kept from the second draft of this migration: the table is still empty here
    op.add_column("api_keys", sa.Column("scopes", sa.String(length=255), nullable=False))
    with op.batch_alter_table("api_keys") as batch_op:
        batch_op.add_column(sa.Column("label", sa.String(length=80), nullable=False))


def downgrade():
    op.drop_table("api_keys")
