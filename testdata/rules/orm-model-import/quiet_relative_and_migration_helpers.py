"""add port trusted attribute

Revision ID: 9ff23f7aec97
Revises: ee68d30c2db9
Create Date: 2024-03-11 10:21:44.318204

"""
from alembic import op
from neutron_lib.db import constants as db_const
import sqlalchemy as sa

from netctl.db import migration
from netctl.db.migration.alembic_migrations import external

from . import _helpers
from ._helpers import batched


# revision identifiers, used by Alembic.
revision = "9ff23f7aec97"
down_revision = "ee68d30c2db9"
branch_labels = None
depends_on = None


def upgrade():
    if not migration.schema_has_table("ports"):
        return
    op.add_column("ports", sa.Column("trusted", sa.Boolean(), nullable=True))


def downgrade():
    op.drop_column("ports", "trusted")
