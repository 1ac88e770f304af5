use crate::diagnostic::{Finding, Severity};
use crate::model::Span;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL007",
    name: "orm-model-import",
    severity: Severity::Warning,
    default_on: true,
    postgresql_only: false,
    summary: "migration imports the application's models or code",
    doc: include_str!("../../../../rules/orm-model-import.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for (module, span) in &ctx.migration.imports {
        if !is_application(module) {
            continue;
        }
        let names = imported_names(ctx.source, *span);
        // `from neutron.db import migration`: the package's migration helpers;
        // `from shop.db.branches import CONTRACT`: names for the revision identifiers.
        if !names.is_empty()
            && names
                .iter()
                .all(|n| is_migration_part(n) || names_revision(ctx, n))
        {
            continue;
        }
        let models =
            module.split('.').any(is_models_part) || names.iter().any(|n| is_models_part(n));
        let shown = match names.as_slice() {
            [one] if is_models_part(one) => format!("{module}.{one}"),
            _ => module.clone(),
        };
        let message = if models {
            format!("migration imports the application's models from `{shown}`")
        } else {
            format!("migration imports application code from `{shown}`")
        };
        out.push(
            Finding::new(*span, message)
                .label("this migration breaks once that code changes or moves")
                .help(
                    "a migration must keep working after the application changes: describe \
                     the tables it touches inside the migration (`sa.table(\"users\", \
                     sa.column(\"id\"), ...)`) and copy in the types or values it needs",
                ),
        );
    }
}

/// Whether `name` is what `revision`, `down_revision`, `branch_labels` or `depends_on` is
/// computed from (`branch_labels = (CONTRACT_BRANCH,)`).
fn names_revision(ctx: &FileContext, name: &str) -> bool {
    let meta = &ctx.migration.meta;
    [
        &meta.revision,
        &meta.down_revision,
        &meta.branch_labels,
        &meta.depends_on,
    ]
    .into_iter()
    .flatten()
    .filter_map(|field| ctx.source.get(field.value_span.range()))
    .any(|value| {
        value
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| word == name)
    })
}

/// Whether `module` (as `from <module> import ...` or `import <module>` names it) is neither
/// relative, Alembic, SQLAlchemy, the standard library, a known library, nor a migrations
/// package's own helpers.
fn is_application(module: &str) -> bool {
    if module.is_empty() || module.starts_with('.') {
        return false;
    }
    let top = module.split('.').next().unwrap_or(module);
    let known = top == "alembic"
        || top == "sqlalchemy"
        || STDLIB.contains(&top)
        || LIBRARIES.contains(&top);
    !known && !module.split('.').any(is_migration_part)
}

/// A module path part that names a migrations package or its helpers.
fn is_migration_part(part: &str) -> bool {
    matches!(
        part,
        "migration" | "migrations" | "migrate" | "alembic_migrations" | "versions" | "revisions"
    ) || part.ends_with("_migrations")
        || part.starts_with("migration_")
}

/// A module path part that names ORM models.
fn is_models_part(part: &str) -> bool {
    matches!(part, "models" | "model") || part.ends_with("_models")
}

/// The names a `from x import a, b as c` statement imports (`a`, `b`); empty for `import x`.
fn imported_names(source: &str, span: Span) -> Vec<String> {
    let Some(text) = source.get(span.range()) else {
        return Vec::new();
    };
    if !text.trim_start().starts_with("from") {
        return Vec::new();
    }
    let Some(at) = text.find(" import") else {
        return Vec::new();
    };
    text[at + " import".len()..]
        .split([',', '\n'])
        .filter_map(|item| {
            let item = item.split('#').next().unwrap_or("");
            let item =
                item.trim_matches(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == '\\');
            let name = item.split_whitespace().next()?;
            Some(name.to_owned())
        })
        .collect()
}

/// Top-level modules of the Python standard library (`sys.stdlib_module_names`, plus the
/// Python 2 names old migrations still import).
const STDLIB: &[&str] = &[
    "ConfigParser",
    "HTMLParser",
    "Queue",
    "StringIO",
    "__builtin__",
    "__future__",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cPickle",
    "cProfile",
    "cStringIO",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "commands",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "httplib",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "urllib2",
    "urlparse",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

/// Third-party libraries migrations import for column types, database drivers, serialisation
/// and small utilities: none of them is an application's code.
const LIBRARIES: &[&str] = &[
    "MySQLdb",
    "aiomysql",
    "aiosqlite",
    "alembic_postgresql_enum",
    "alembic_utils",
    "arrow",
    "asyncpg",
    "attr",
    "attrs",
    "citext",
    "click",
    "clickhouse_sqlalchemy",
    "cx_Oracle",
    "databricks",
    "dateutil",
    "fastapi",
    "flask",
    "flask_sqlalchemy",
    "geoalchemy",
    "geoalchemy2",
    "ibm_db_sa",
    "mypy_extensions",
    "mysql",
    "neutron_lib",
    "oracledb",
    "orjson",
    "oslo_config",
    "oslo_db",
    "oslo_i18n",
    "oslo_log",
    "oslo_serialization",
    "oslo_utils",
    "packaging",
    "peewee",
    "pendulum",
    "pg8000",
    "pgvector",
    "psycopg",
    "psycopg2",
    "psycopg2cffi",
    "pydantic",
    "pymssql",
    "pymysql",
    "pyodbc",
    "pytz",
    "shapely",
    "simplejson",
    "six",
    "slugify",
    "snowflake",
    "sqlalchemy_bigquery",
    "sqlalchemy_citext",
    "sqlalchemy_continuum",
    "sqlalchemy_file",
    "sqlalchemy_fulltext",
    "sqlalchemy_i18n",
    "sqlalchemy_json",
    "sqlalchemy_jsonfield",
    "sqlalchemy_mptt",
    "sqlalchemy_redshift",
    "sqlalchemy_searchable",
    "sqlalchemy_spanner",
    "sqlalchemy_utc",
    "sqlalchemy_utils",
    "sqlalchemy_views",
    "sqlmodel",
    "sqlparse",
    "starlette",
    "teradatasqlalchemy",
    "toml",
    "tomli",
    "tqdm",
    "typing_extensions",
    "tzlocal",
    "ujson",
    "unidecode",
    "yaml",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_application_modules_from_libraries() {
        assert!(is_application("app.models"));
        assert!(is_application("prefect.server.utilities.database"));
        assert!(!is_application("sqlalchemy.dialects.postgresql"));
        assert!(!is_application("alembic"));
        assert!(!is_application("typing"));
        assert!(!is_application("__future__"));
        assert!(!is_application(
            "sqlalchemy_utils.types.encrypted.encrypted_type"
        ));
        assert!(!is_application(".helpers"));
        assert!(!is_application("."));
        assert!(!is_application("neutron.db.migration.alembic_migrations"));
        assert!(!is_application("util.migrate.table_ops"));
    }

    #[test]
    fn reads_imported_names() {
        let source = "from app import (\n    models,  # the models\n    db as database,\n)\n";
        let span = Span::new(0, source.len());
        assert_eq!(imported_names(source, span), ["models", "db"]);
        let source = "import app.models";
        assert!(imported_names(source, Span::new(0, source.len())).is_empty());
    }
}
