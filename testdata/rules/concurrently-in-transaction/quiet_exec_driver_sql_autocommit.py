"""unique active subscription per customer

Revision ID: 61a2a3163cc1
Revises: 5d42c364059a
Create Date: 2023-07-04 11:29:58.741006

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '61a2a3163cc1'
down_revision = '5d42c364059a'
branch_labels = None
depends_on = None


def upgrade():
    connection = op.get_bind()
    with op.get_context().autocommit_block():
        connection.exec_driver_sql("""
            CREATE UNIQUE INDEX CONCURRENTLY uq_subscriptions_active_customer
                ON subscriptions (customer_id)
                WHERE status = 'active'
        """)


def downgrade():
    connection = op.get_bind()
    with op.get_context().autocommit_block():
        connection.exec_driver_sql("DROP INDEX CONCURRENTLY uq_subscriptions_active_customer")
