"""Add score to api_keys

Revision ID: 0c67603c1616
Revises: 77a2705bdd12
Create Date: 2023-05-14 03:52:42.830863

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0c67603c1616'
down_revision = '77a2705bdd12'
branch_labels = None
depends_on = ('expand',)


def upgrade():
    op.add_column("api_keys", sa.Column("score", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("api_keys", "score")
