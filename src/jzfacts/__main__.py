from jzfacts.cli import main

main()
