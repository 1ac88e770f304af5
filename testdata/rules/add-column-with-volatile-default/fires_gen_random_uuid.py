"""give orders a public id

Revision ID: 7ee75761a331
Revises: 734c7fe39588
Create Date: 2024-08-15 14:07:11.482910

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "7ee75761a331"
down_revision: Union[str, None] = "734c7fe39588"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column(  # expect: add-column-with-volatile-default
        "orders",
        sa.Column(
            "public_id",
            sa.Uuid(),
            server_default=sa.text("gen_random_uuid()"),
            nullable=False,
        ),
    )


def downgrade() -> None:
    op.drop_column("orders", "public_id")
