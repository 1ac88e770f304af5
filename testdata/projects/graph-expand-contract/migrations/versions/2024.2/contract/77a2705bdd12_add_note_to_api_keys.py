"""Add note to api_keys

Revision ID: 77a2705bdd12
Revises: 5922507a4f34
Create Date: 2023-05-02 23:45:07.378575

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '77a2705bdd12'
down_revision = '5922507a4f34'
branch_labels = None
depends_on = ('3d0d162d85c6',)


def upgrade():
    op.add_column("api_keys", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("api_keys", "note")
