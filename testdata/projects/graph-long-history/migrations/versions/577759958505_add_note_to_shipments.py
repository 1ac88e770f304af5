"""Add note to shipments

Revision ID: 577759958505
Revises: 90c4bc8cb083
Create Date: 2025-05-05 03:04:46.849251

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '577759958505'
down_revision = '90c4bc8cb083'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("note", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("shipments", "note")
