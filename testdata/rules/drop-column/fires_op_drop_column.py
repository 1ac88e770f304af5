"""remove nickname from users

Revision ID: ccf06281957c
Revises: bfd244a62d93
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "ccf06281957c"
down_revision = "bfd244a62d93"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("users", "nickname")  # expect: drop-column


def downgrade():
    op.add_column("users", sa.Column("nickname", sa.String(length=50), nullable=True))
