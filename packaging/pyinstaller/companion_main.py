"""The frozen application's entry point: the same ``main`` as the ``companion`` console script."""

from companion.__main__ import main

if __name__ == "__main__":
    main()
