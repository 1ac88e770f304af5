"""Add archived_at to teams

Revision ID: bf41f1f0742a
Revises: 0e46b5fa5b0c
Create Date: 2023-03-30 07:45:08.779151

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'bf41f1f0742a'
down_revision = '0e46b5fa5b0c'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("teams", sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    op.drop_column("teams", "archived_at")
