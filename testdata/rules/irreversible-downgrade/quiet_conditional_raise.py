"""create gift cards

Revision ID: 0d2d415735a5
Revises: 07e20527641c
Create Date: 2024-08-05 15:29:36.660917

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0d2d415735a5'
down_revision = '07e20527641c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'gift_cards',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=24), nullable=False),
        sa.Column('balance_cents', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    issued = op.get_bind().execute(sa.text("SELECT count(*) FROM gift_cards")).scalar()
    if issued:
        raise RuntimeError(f"{issued} gift cards were issued; export them before downgrading")
    op.drop_table('gift_cards')
