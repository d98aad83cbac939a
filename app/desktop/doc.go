// Package desktop tells what the desktop offers Daymark beyond its window:
// a system tray to keep running in when the window is closed, and
// notifications. On Linux and the BSDs both go through the session D-Bus
// (a tray is a StatusNotifierItem shown by a StatusNotifierHost, which the
// panel registers with the StatusNotifierWatcher; notifications go to
// org.freedesktop.Notifications); on macOS and Windows both are always
// there.
//
// Fyne puts the tray icon up and sends the notifications; this package
// only answers whether they would be seen, so that closing the window
// never hides Daymark where nothing shows it, and so that Fyne never
// starts a bus of its own (D-Bus's autolaunch) or dials one that is not a
// Unix socket on this machine (see package idle, whose checks it uses).
//
// It imports nothing of Fyne and, of the project, only app/idle.
package desktop
