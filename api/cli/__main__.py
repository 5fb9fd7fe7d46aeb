"""`python -m api.cli`: the `kg` command."""

import sys

from api.cli import main

sys.exit(main())
