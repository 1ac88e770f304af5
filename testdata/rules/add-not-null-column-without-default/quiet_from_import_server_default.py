"""add archived flag to projects

Revision ID: b67828c43a88
Revises: c5c653ba5195
Create Date: 2021-11-30 15:33:02.557190

"""
from alembic import op
from sqlalchemy import Boolean, Column, text


# revision identifiers, used by Alembic.
revision = 'b67828c43a88'
down_revision = 'c5c653ba5195'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('projects', Column('archived', Boolean(), nullable=False, server_default=text('false')))


def downgrade():
    op.drop_column('projects', 'archived')
