"""drop legacy columns

Revision ID: 8b0d1f2c4e6a
Revises: 6a8b0d1f2c4e
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "8b0d1f2c4e6a"
down_revision = "6a8b0d1f2c4e"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("users", "a")  # alembic-lint: ignore[AL301]
    op.drop_column("users", "b")  #alembic-lint:ignore[drop-column]--unmapped since 2024.05
    op.drop_column("users", "c")  # noqa: E501  # alembic-lint: ignore[ al301 , drop-column, ] -- both spellings
    op.drop_column("users", "d")  # alembic-lint: ignore[AL301] -- see #41 [closed], then drop
    # A `#` inside a string is no comment, so none of these is a suppression.
    op.execute("COMMENT ON TABLE users IS '# alembic-lint: ignore'")
    op.execute(
        """
        -- # alembic-lint: ignre[AL301
        COMMENT ON COLUMN users.note IS NULL
        """
    )
    # alembic-lint flags every dropped column; these were unmapped in 2024.05.


def downgrade():
    op.add_column("users", sa.Column("a", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("b", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("c", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("d", sa.Text(), nullable=True))
