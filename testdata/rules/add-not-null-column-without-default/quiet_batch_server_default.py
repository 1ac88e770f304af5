"""add status to subscriptions

Revision ID: 21de21f40fe6
Revises: 2c3692fe7f90
Create Date: 2022-04-11 13:50:26.128043

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '21de21f40fe6'
down_revision = '2c3692fe7f90'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('status', sa.String(length=20), nullable=False, server_default=sa.text("'active'"))
        )


def downgrade():
    with op.batch_alter_table('subscriptions', schema=None) as batch_op:
        batch_op.drop_column('status')
