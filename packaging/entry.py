"""Entry point frozen by PyInstaller: the same `aluna-field` command as the console script."""

from aluna_field.cli.main import main

if __name__ == "__main__":
    main()
