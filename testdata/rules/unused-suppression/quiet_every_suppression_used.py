"""drop audit events

Revision ID: 1e2d3c4b5a69
Revises: 5d4c3b2a1f0e
Create Date: 2024-05-02 09:14:07.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "1e2d3c4b5a69"
down_revision = "5d4c3b2a1f0e"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_table("audit_events")  # alembic-lint: ignore[drop-table] -- unused since 2024.06
    # alembic-lint: ignore[drop-column] -- unmapped since 2024.05
    # the column moved to `accounts.region`
    op.drop_column(
        "users",
        "region",
    )
    op.drop_column(
        "users",  # alembic-lint: ignore[AL301] -- a trailing comment on any line covers the statement
        "legacy_flag",
    )
    with op.batch_alter_table("orders") as batch_op:
        # alembic-lint: ignore[AL301] -- inside a batch block
        batch_op.drop_column("coupon")


def downgrade():
    op.create_table("audit_events", sa.Column("id", sa.Integer(), primary_key=True))
    op.add_column("users", sa.Column("region", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("legacy_flag", sa.Boolean(), nullable=True))
    op.add_column("orders", sa.Column("coupon", sa.Text(), nullable=True))
