"""add account number to suppliers

Revision ID: 9825d17a9f9c
Revises: 1024dcfca6c4
Create Date: 2022-12-01 11:49:33.872604

"""
from alembic import op
from sqlalchemy import text


# revision identifiers, used by Alembic.
revision = '9825d17a9f9c'
down_revision = '1024dcfca6c4'
branch_labels = None
depends_on = None


def upgrade():
    conn = op.get_bind()
    conn.execute(text("ALTER TABLE suppliers ADD COLUMN account_number varchar(34) NOT NULL"))  # expect: add-not-null-column-without-default


def downgrade():
    conn = op.get_bind()
    conn.execute(text("ALTER TABLE suppliers DROP COLUMN account_number"))
