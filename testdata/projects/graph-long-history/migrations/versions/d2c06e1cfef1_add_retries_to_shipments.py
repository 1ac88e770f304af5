"""Add retries to shipments

Revision ID: d2c06e1cfef1
Revises: 9f3fa4d03325
Create Date: 2024-11-18 13:11:12.315234

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd2c06e1cfef1'
down_revision = '9f3fa4d03325'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("shipments", sa.Column("retries", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("shipments", "retries")
