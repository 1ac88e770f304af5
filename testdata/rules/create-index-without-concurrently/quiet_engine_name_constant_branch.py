"""index port bindings by host on MySQL only

Revision ID: 5d1e7c9a2b64
Revises: 0c3f8a6e1d27
Create Date: 2017-01-19 10:44:31.905512

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '5d1e7c9a2b64'
down_revision = '0c3f8a6e1d27'

MYSQL_ENGINE = 'mysql'


def upgrade():
    bind = op.get_bind()
    engine = bind.engine
    if engine.name == MYSQL_ENGINE:
        op.create_index('ix_port_bindings_host', 'port_bindings', ['host'])
    if bind.engine.name == "sqlite":
        op.create_index('ix_port_bindings_status', 'port_bindings', ['status'])


def downgrade():
    bind = op.get_bind()
    if bind.engine.name == MYSQL_ENGINE:
        op.drop_index('ix_port_bindings_host', table_name='port_bindings')
    if bind.engine.name == "sqlite":
        op.drop_index('ix_port_bindings_status', table_name='port_bindings')
