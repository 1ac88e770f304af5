"""create staging table

Revision ID: dbd956ee20af
Revises: 2fd8508a8eeb
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "dbd956ee20af"
down_revision = "2fd8508a8eeb"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "import_staging",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("import_staging") as batch_op:
        batch_op.drop_column("payload")
    op.execute("ALTER TABLE import_staging DROP COLUMN id")


def downgrade():
    op.drop_table("import_staging")
