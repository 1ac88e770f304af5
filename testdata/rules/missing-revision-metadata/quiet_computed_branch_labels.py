"""start the contract branch

Revision ID: 07fc007ea4d8
Revises: 6f9bd4b7df68
Create Date: 2023-03-15 17:36:48.200913

"""
from alembic import op
import sqlalchemy as sa

from shop.db.branches import CONTRACT_BRANCH

# revision identifiers, used by Alembic.
revision = '07fc007ea4d8'
down_revision = '6f9bd4b7df68'
branch_labels = (CONTRACT_BRANCH,)
depends_on = None


def upgrade():
    op.create_table(
        'schema_notes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('schema_notes')
