"""The extractor's pure modules compiled with mypyc when a C compiler is there (else plain Python).

Compiled, extraction runs about 1.25x faster (docs/performance.md, "Compiled modules"); the output is
byte-identical. `KG_PURE=1 make install` skips the compilation; `make install` after an edit rebuilds.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from glob import glob
from pathlib import Path

from setuptools import setup

# Text in, records out, no I/O: the modules every document goes through (the readers of files stay Python).
# Not curated.py nor data.py: they read the data files once (and tests replace their readers).
COMPILED = [
    "loaders/extract/*.py",
    "loaders/gazetteer/catalogue.py",
    "loaders/gazetteer/folded.py",
    "loaders/gazetteer/matcher.py",
    "loaders/gazetteer/national.py",
    "loaders/gazetteer/organs.py",
    "loaders/gazetteer/project_kinds.py",
    "loaders/gazetteer/templates.py",
    "loaders/read/breaks.py",
    "loaders/read/canonical.py",
    "loaders/read/markdown.py",
    "loaders/read/markup.py",
    "loaders/read/normalize.py",
]


def _can_compile() -> bool:
    """mypyc importable, a C compiler on PATH and Python's headers installed."""
    if os.environ.get("KG_PURE"):
        return False
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return False
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(cc) is not None and (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file()


def ext_modules() -> list:
    """mypyc's extensions of COMPILED, each optional: a failed build leaves the module pure Python."""
    if not _can_compile():
        return []
    from mypyc.build import mypycify

    sources = sorted(p for pattern in COMPILED for p in glob(pattern))
    try:
        exts = mypycify(sources, opt_level="3", group_name="loaders_compiled")
    except (Exception, SystemExit) as err:  # mypyc's type check exits on an error: install pure instead
        print(f"setup.py: not compiling the extractor ({err!r}); it runs as pure Python", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True
    return exts


setup(ext_modules=ext_modules())
