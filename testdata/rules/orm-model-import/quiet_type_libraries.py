"""add geometry and encrypted columns

Revision ID: 5addf60b7c45
Revises: faa9a98eb212
Create Date: 2024-03-11 10:21:44.318204

"""
from __future__ import annotations

import json
import os.path
from datetime import datetime, timezone
from typing import Any

from alembic import op
import geoalchemy2
import sqlalchemy as sa
import sqlmodel
from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects import postgresql
from sqlalchemy_utils.types.encrypted.encrypted_type import EncryptedType


# revision identifiers, used by Alembic.
revision = "5addf60b7c45"
down_revision = "faa9a98eb212"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("sites", sa.Column("area", geoalchemy2.types.Geometry(geometry_type="POLYGON", srid=4326), nullable=True))
    op.add_column("sites", sa.Column("secret", EncryptedType(sa.Unicode, "key"), nullable=True))
    op.add_column("sites", sa.Column("slug", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.add_column("sites", sa.Column("embedding", Vector(384), nullable=True))


def downgrade():
    op.drop_column("sites", "embedding")
    op.drop_column("sites", "slug")
    op.drop_column("sites", "secret")
    op.drop_column("sites", "area")
