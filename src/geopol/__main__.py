from geopol.cli import main

main()
