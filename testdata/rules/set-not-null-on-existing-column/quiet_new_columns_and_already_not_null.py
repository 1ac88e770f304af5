"""add a tenant to projects

Revision ID: 1d2e3f4a5b6c
Revises: 9c8b7a6f5e4d
Create Date: 2024-10-03 15:27:19.330118

"""
from alembic import op
import sqlalchemy as sa


revision = "1d2e3f4a5b6c"
down_revision = "9c8b7a6f5e4d"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "tenants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=100), nullable=True),
    )
    op.alter_column("tenants", "name", nullable=False)
    op.add_column("projects", sa.Column("tenant_id", sa.Integer(), nullable=True))
    op.alter_column("projects", "tenant_id", nullable=False)
    # Already NOT NULL: only the default changes.
    op.alter_column(
        "projects",
        "archived",
        existing_type=sa.Boolean(),
        existing_nullable=False,
        nullable=False,
        server_default=sa.false(),
    )


def downgrade():
    op.alter_column(
        "projects",
        "archived",
        existing_type=sa.Boolean(),
        existing_nullable=False,
        nullable=False,
        server_default=None,
    )
    op.drop_column("projects", "tenant_id")
    op.drop_table("tenants")
