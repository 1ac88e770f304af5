"""add audit log

Revision ID: 73c7ec4e41d8
Revises: b22b8a05f12f
Create Date: 2022-08-16 21:04:37.130658

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '73c7ec4e41d8'
down_revision = 'b22b8a05f12f'
branch_labels = None
depends_on = None


def upgrade(engine_name: str) -> None:
    globals()["upgrade_%s" % engine_name]()


def downgrade(engine_name: str) -> None:
    globals()["downgrade_%s" % engine_name]()


def upgrade_engine1() -> None:
    op.create_table(
        'audit_log',
        sa.Column('id', sa.BigInteger(), nullable=False),
        sa.Column('actor', sa.String(length=120), nullable=False),
        sa.Column('action', sa.String(length=60), nullable=False),
        sa.Column('logged_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade_engine1() -> None:
    op.drop_table('audit_log')


def upgrade_engine2() -> None:
    pass


def downgrade_engine2() -> None:
    pass
