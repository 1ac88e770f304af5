"""drop legacy columns

Revision ID: 6a8b0d1f2c4e
Revises: 4e6a8b0d1f2c
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "6a8b0d1f2c4e"
down_revision = "4e6a8b0d1f2c"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("users", "a")  # alembic-lint: ignore  # expect: drop-column, invalid-suppression
    op.drop_column("users", "b")  # alembic-lint: ignore[]  # expect: drop-column, invalid-suppression
    op.drop_column("users", "c")  # alembic-lint: ignre[AL301]  # expect: drop-column, invalid-suppression
    op.drop_column("users", "d")  # alembic-lint: ignore[AL301  # expect: drop-column, invalid-suppression
    op.drop_column("users", "e")  # alembic-lint ignore[AL301]  # expect: drop-column, invalid-suppression
    op.drop_column("users", "f")  # alembic-lint: ignore[AL301] unmapped  # expect: drop-column, invalid-suppression
    op.drop_column("users", "g")  # alembic-lint: ignore[AL301, unused-suppression]  # expect: drop-column, invalid-suppression
    # alembic-lint: ignore-file[syntax-error]  # expect: invalid-suppression


def downgrade():
    op.add_column("users", sa.Column("a", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("b", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("c", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("d", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("e", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("f", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("g", sa.Text(), nullable=True))
