"""index and constrain shipments

Revision ID: 9e3545ec4b17
Revises: 9fd5d6ad2c2e
Create Date: 2024-10-15 03:05:11.482910

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9e3545ec4b17'
down_revision = '9fd5d6ad2c2e'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_shipments_carrier", "shipments", ["carrier"], postgresql_concurrently=False)  # expect: downgrade-missing-inverse, create-index-without-concurrently
    op.create_check_constraint(
        "ck_shipments_weight", "shipments", "weight > 0", postgresql_not_valid=True
    )


def downgrade():
    op.drop_constraint("ck_shipments_weight", "shipments", type_="check")
