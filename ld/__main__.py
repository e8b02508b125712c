from ld.cli import main

raise SystemExit(main())
