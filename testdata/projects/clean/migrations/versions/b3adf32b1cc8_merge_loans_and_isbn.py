"""merge loans and isbn

Revision ID: b3adf32b1cc8
Revises: 236d31def0b9, d2993134b65a
Create Date: 2023-01-30 08:31:57.224810

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b3adf32b1cc8'
down_revision = ('236d31def0b9', 'd2993134b65a')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
