"""add events and tags

Revision ID: 4d5e6f7a8b9c
Revises: 3c4d5e6f7a8b
Create Date: 2024-07-01 08:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


revision = "4d5e6f7a8b9c"
down_revision = "3c4d5e6f7a8b"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),  # expect: prefer-bigint-primary-key
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.SmallInteger, primary_key=True),  # expect: prefer-bigint-primary-key
        sa.Column("label", sa.Text(), nullable=False),
    )
    op.execute(
        "CREATE TABLE audit_log (id serial PRIMARY KEY, body text NOT NULL)"  # expect: prefer-bigint-primary-key
    )


def downgrade():
    op.execute("DROP TABLE audit_log")
    op.drop_table("tags")
    op.drop_table("events")
