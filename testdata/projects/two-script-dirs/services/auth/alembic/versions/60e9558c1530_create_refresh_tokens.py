"""create refresh tokens

Revision ID: 60e9558c1530
Revises: d013e50181d9
Create Date: 2024-04-09 17:05:12.774061

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '60e9558c1530'
down_revision = 'd013e50181d9'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'refresh_tokens',
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('token_hash'),
    )
    op.create_index('ix_refresh_tokens_account_id', 'refresh_tokens', ['account_id'])


def downgrade():
    op.drop_index('ix_refresh_tokens_account_id', table_name='refresh_tokens')
    op.drop_table('refresh_tokens')
