from banso_desktop.cli import main

raise SystemExit(main())
