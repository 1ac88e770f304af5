"""add project to signal

Revision ID: 5e8f01c3b2d9
Revises: 3a9c4f21d7be
Create Date: 2023-10-02 08:15:40.112903

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "5e8f01c3b2d9"
down_revision = "3a9c4f21d7be"
branch_labels = None
depends_on = None


def upgrade():
    # Every existing row gets NULL: there is nothing to check against `project`.
    op.add_column(
        "signal",
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("project.id"), nullable=True),
    )
    op.execute("ALTER TABLE signal_filter ADD COLUMN project_id integer REFERENCES project (id)")


def downgrade():
    op.drop_column("signal_filter", "project_id")
    op.drop_column("signal", "project_id")
