"""Add fulfilment status to orders

Revision ID: e7a8cb335a84
Revises: a098617f6967
Create Date: 2025-04-02 11:17:50.902347

Orders used to be "shipped" or not. Warehouses now report partial
fulfilment, so the status becomes free text filled by the fulfilment
worker. The column stays nullable until the worker has caught up.
"""

from alembic import op
import sqlalchemy as sa

revision = "e7a8cb335a84"
down_revision = "a098617f6967"


def upgrade():
    op.add_column("orders", sa.Column("fulfilment_status", sa.String(length=20), nullable=True))


def downgrade():
    op.drop_column("orders", "fulfilment_status")
