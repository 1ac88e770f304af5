"""give the events table a primary key

Revision ID: 79a9af763b24
Revises: c184aae4380b
Create Date: 2024-08-10 10:09:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '79a9af763b24'
down_revision = 'c184aae4380b'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("ALTER TABLE events ADD PRIMARY KEY (id)")  # expect: add-primary-key-to-existing-table


def downgrade():
    op.execute("ALTER TABLE events DROP CONSTRAINT events_pkey")
