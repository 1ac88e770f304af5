from alembic import context
from sqlalchemy import engine_from_config, pool, text

config = context.config

# Locks are waited for as long as it takes: nothing here sets `lock_timeout`.
STATEMENT_TIMEOUT = "15min"


def run_migrations_online() -> None:
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
        connect_args={"options": f"-c statement_timeout={STATEMENT_TIMEOUT}"},
    )
    with engine.connect() as connection:
        connection.execute(text("SET search_path TO app, public"))
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
