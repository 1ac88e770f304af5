"""merge duplicate accounts

Revision ID: dbeb50945927
Revises: 5548d8cb69b5
Create Date: 2024-02-12 14:11:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'dbeb50945927'
down_revision = '5548d8cb69b5'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("accounts", "legacy_id")  # expect: drop-column


def downgrade():  # expect: irreversible-downgrade
    raise NotImplementedError("legacy ids are gone for good")
