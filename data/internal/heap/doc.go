// Package heap readies the Go runtime's heap for loading one large file:
// a soft memory limit scaled to the file, raised when what is live needs
// more, and huge pages where the system leaves them to each program. It
// changes process-wide settings, so only the data package's front door
// calls it, and only when its caller asks (data.Options.TuneMemory).
package heap
