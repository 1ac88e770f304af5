"""index notes by title

Revision ID: 8b2e4f6a1c93
Revises: 3a9f1c2d7e40
Create Date: 2024-04-11 18:02:07.540911

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "8b2e4f6a1c93"
down_revision = "3a9f1c2d7e40"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("notes") as batch_op:
        batch_op.create_index("ix_notes_title", ["title"], unique=False)


def downgrade():
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_index("ix_notes_title")
