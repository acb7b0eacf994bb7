module github.com/cyberdesk-dev/cyberdesk

go 1.26.0
