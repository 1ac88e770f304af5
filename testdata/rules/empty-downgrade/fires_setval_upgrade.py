"""move the classifier id sequence past imported rows

Revision ID: 6c0d2e9b41fa
Revises: 3e8a1f0c2b7d
Create Date: 2024-05-20 16:45:09.530117

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = "6c0d2e9b41fa"
down_revision = "3e8a1f0c2b7d"
branch_labels = None
depends_on = None


def upgrade():
    # A SELECT that writes: setval moves the sequence.
    op.execute(
        "SELECT setval('classifiers_id_seq', max(id)) FROM classifiers"
    )


def downgrade():  # expect: empty-downgrade
    pass
