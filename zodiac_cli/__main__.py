from zodiac_cli.main import main

main()
