"""python -m igo_timeline: the igo command."""

from igo_timeline.cli import main

if __name__ == "__main__":
    main()
