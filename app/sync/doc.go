// Package sync keeps Daymark in step on several devices through a folder
// the person already syncs (Syncthing, Dropbox, iCloud Drive, Nextcloud,
// OneDrive, a USB stick): the sync service is the only thing that moves
// files between devices, and Daymark never writes the SQLite file there.
//
// Each device writes only its own files into the folder: numbered,
// append-only change files holding the changes captured in its database
// (package data), each written beside its place and renamed into it, and
// now and then a snapshot of everything it holds, after which its older
// change files go. A round writes this device's new changes and applies
// the other devices' files it has not applied yet, each whole or not at
// all; a file that is cut short, a copy the sync service made, or one a
// newer Daymark wrote is left for the next round, with a sentence saying
// why. Merging is deterministic: the latest change per field wins, by
// hybrid logical clock, and a value that loses to a change made without
// seeing it is kept as a conflict the person can pick. See docs/sync.md.
//
// It imports data, and nothing of Fyne and nothing of the network.
package sync
