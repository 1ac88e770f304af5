"""per-dialect sequence reset with match, walrus and except*

Revision ID: 8c2d4e6f8a0b
Revises: 7b1c3d5e7f9a
Create Date: 2025-06-11 16:02:33.481207

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "8c2d4e6f8a0b"
down_revision = "7b1c3d5e7f9a"
branch_labels = None
depends_on = None


def _reset(bind) -> None:
    match bind.dialect.name:
        case "postgresql":
            op.execute("SELECT setval('orders_id_seq', (SELECT max(id) FROM orders))")
        case "mysql" | "mariadb":
            op.execute("ALTER TABLE orders AUTO_INCREMENT = 1")
        case {"name": str(other)} if other:
            pass
        case [first, *rest]:
            pass
        case _:
            pass


def upgrade() -> None:
    bind = op.get_bind()
    if (count := bind.execute(sa.text("SELECT count(*) FROM orders")).scalar()) > 0:
        _reset(bind)
    try:
        op.add_column("orders", sa.Column("note", sa.Text(), nullable=True))
    except* (sa.exc.ProgrammingError, sa.exc.OperationalError) as group:
        for error in group.exceptions:
            print(error)
    print(f"{count=}")


def downgrade() -> None:
    op.drop_column("orders", "note")
