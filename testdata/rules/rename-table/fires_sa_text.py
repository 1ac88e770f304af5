"""rename packages to projects

Revision ID: 3944b5b811c2
Revises: 94142615ff44
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "3944b5b811c2"
down_revision = "94142615ff44"
branch_labels = None
depends_on = None


def upgrade():
    op.execute(sa.text("ALTER TABLE packages RENAME TO projects"))  # expect: rename-table


def downgrade():
    op.execute(sa.text("ALTER TABLE projects RENAME TO packages"))
