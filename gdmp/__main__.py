import sys

from gdmp.cli import main

sys.exit(main())
