import os

DATABASE_URL = os.environ.get(
    "BOOKMARKS_DATABASE_URL", "postgresql+psycopg://bookmarks@localhost/bookmarks"
)
