"""create wishlist tables

Revision ID: b6250792dc4d
Revises: 71efa560c115
Create Date: 2023-10-11 14:58:02.731946

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b6250792dc4d'
down_revision = '71efa560c115'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'wishlists',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():  # expect: empty-downgrade
    """Leave the table in place; it is harmless."""
    # nobody has ever rolled this back
    pass
