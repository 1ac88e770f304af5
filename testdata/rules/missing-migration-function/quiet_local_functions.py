"""split customer address into lines

Revision ID: 5a20314a4cb2
Revises: f7bb30a41ecc
Create Date: 2023-06-12 12:27:45.086733

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5a20314a4cb2'
down_revision = 'f7bb30a41ecc'
branch_labels = None
depends_on = None


def _add_address_columns():
    op.add_column("customers", sa.Column("address_line1", sa.String(length=120), nullable=True))
    op.add_column("customers", sa.Column("address_line2", sa.String(length=120), nullable=True))


def _drop_address_columns():
    op.drop_column("customers", "address_line2")
    op.drop_column("customers", "address_line1")


def upgrade():
    _add_address_columns()


def downgrade():
    _drop_address_columns()
