"""add country to addresses

Revision ID: 2f21cf3ab9cc
Revises: 88934175a111
Create Date: 2024-10-21 07:58:16.390472

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "2f21cf3ab9cc"
down_revision = "88934175a111"
branch_labels = None
depends_on = None


def upgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("ALTER TABLE addresses ADD COLUMN country char(2) NOT NULL")  # expect: add-not-null-column-without-default


def downgrade():
    connection = op.get_bind()
    connection.exec_driver_sql("ALTER TABLE addresses DROP COLUMN country")
