"""Add locale to attachments

Revision ID: 0a8efecdeeb7
Revises: 9f3c1454929e
Create Date: 2023-06-04 21:31:56.911419

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0a8efecdeeb7'
down_revision = '9f3c1454929e'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("attachments", sa.Column("locale", sa.String(length=16), nullable=True))


def downgrade():
    op.drop_column("attachments", "locale")
