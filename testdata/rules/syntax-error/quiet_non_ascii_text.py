# -*- coding: utf-8 -*-
"""add café opening hours

Revision ID: 8b4c255d3783
Revises: 5948647beabb
Create Date: 2022-10-03 07:55:19.642031

Stores opening hours per weekday ("Mo–Fr 08:00–18:00") for each café.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8b4c255d3783'
down_revision = '5948647beabb'
branch_labels = None
depends_on = None


def upgrade():
    # Öffnungszeiten: free text for now, structured later.
    op.add_column(
        "cafes",
        sa.Column("opening_hours", sa.String(length=200), nullable=True, comment="z. B. Mo–Fr 08:00–18:00"),
    )


def downgrade():
    op.drop_column("cafes", "opening_hours")
