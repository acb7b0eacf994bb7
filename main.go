// Command cyberdesk explores the 2022 Iran-Albania cyber crisis as a
// timeline in the terminal, with every event, actor and quote traced to the
// exact words of its source article. See internal/cli for its commands.
package main

import (
	"os"

	"github.com/cyberdesk-dev/cyberdesk/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
