"""rebuild journals table

Revision ID: bfe578faf884
Revises: cb90cb48bb5e
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "bfe578faf884"
down_revision = "cb90cb48bb5e"
branch_labels = None
depends_on = None


def upgrade():
    op.rename_table("journals", "journals_old")  # expect: rename-table
    op.create_table(
        "journals",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO journals (id, name) SELECT id, name FROM journals_old")
    op.execute("DROP TABLE journals_old")


def downgrade():
    op.drop_table("journals")
    op.execute("CREATE TABLE journals_old (id bigint PRIMARY KEY, name text)")
    op.rename_table("journals_old", "journals")
