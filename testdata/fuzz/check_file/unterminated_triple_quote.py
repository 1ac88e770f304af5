revision = "f0"
down_revision = None
from alembic import op
def upgrade():
    op.execute("""CREATE INDEX ix ON t (a)
