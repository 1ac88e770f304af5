revision = "f0"
down_revision = None
x = "café"
