from desktop.cli.main import main

if __name__ == "__main__":  # worker processes re-import this module: never run main there
    raise SystemExit(main())
