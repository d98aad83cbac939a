package sync

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"daymark/data"
)

// plan reads the files of the other devices that are not applied here yet
// (applied says how far each device's are), in an order that applies
// each after the files it needs: a device's files one after the other,
// from a snapshot where its change files before are gone, and a file after
// the files of other devices its device had applied when it wrote it. It
// returns them, and the files it cannot take this time with why.
func plan(dir string, l listing, self string, applied map[string]int64) ([]data.ChangeFile, []Skip) {
	var skips []Skip
	done := map[string]int64{}
	for d, n := range applied {
		done[d] = n
	}
	// Each device's queue: the files to apply, in order, read and checked.
	type queue struct {
		device string
		files  []data.ChangeFile
		next   int
	}
	var devices []string
	for d := range l.files {
		if d != self {
			devices = append(devices, d)
		}
	}
	sort.Strings(devices)
	var queues []*queue
	for _, d := range devices {
		q := &queue{device: d}
		files, skip := readQueue(dir, l.files[d], done[d])
		q.files = files
		if skip != nil {
			skips = append(skips, *skip)
		}
		queues = append(queues, q)
	}
	// Take the next file of any device whose needs are met, until none is.
	var out []data.ChangeFile
	for progress := true; progress; {
		progress = false
		for _, q := range queues {
			for q.next < len(q.files) {
				f := q.files[q.next]
				if !met(f.Needs, done, self) {
					break
				}
				out = append(out, f)
				q.next++
				progress = true
				for d, n := range f.Seen {
					done[d] = max(done[d], n)
				}
				done[f.Device] = max(done[f.Device], f.Seq)
			}
		}
	}
	// What waits for a file no device's queue brings: applied in order
	// anyway, the store says what each waits for.
	for _, q := range queues {
		out = append(out, q.files[q.next:]...)
	}
	return out, skips
}

// met reports whether the files needs names are applied (done), but this
// device's own.
func met(needs, done map[string]int64, self string) bool {
	for d, n := range needs {
		if d != self && done[d] < n {
			return false
		}
	}
	return true
}

// readQueue reads the files of one device to apply after its file applied:
// its change files from the next on, or its latest snapshot when the next
// is gone, then the change files after it; each checked whole. It stops at
// the first it cannot take, which it returns as a skip standing for it and
// every later file.
func readQueue(dir string, files []folderFile, applied int64) ([]data.ChangeFile, *Skip) {
	bySeq := map[int64]folderFile{}
	var latestSnapshot *folderFile
	for i, f := range files {
		if f.snapshot {
			if f.seq > applied && (latestSnapshot == nil || f.seq > latestSnapshot.seq) {
				latestSnapshot = &files[i]
			}
			continue
		}
		bySeq[f.seq] = f
	}
	later := func(seq int64) int {
		n := 0
		for _, f := range files {
			if !f.snapshot && f.seq > seq {
				n++
			}
		}
		return n
	}
	var out []data.ChangeFile
	next := applied + 1
	if _, there := bySeq[next]; !there && latestSnapshot != nil {
		f, err := readFile(dir, *latestSnapshot)
		if err != nil {
			return nil, &Skip{File: latestSnapshot.name, Reason: err.Error(), Files: 1 + later(latestSnapshot.seq)}
		}
		out = append(out, f)
		next = latestSnapshot.seq + 1
	}
	for {
		ff, there := bySeq[next]
		if !there {
			if n := later(next); n > 0 {
				return out, &Skip{File: fileNameAfter(files, next), Reason: fmt.Sprintf("it waits for %s, which is not in the folder yet", fileName(deviceOf(files), next, false)), Files: n}
			}
			return out, nil
		}
		f, err := readFile(dir, ff)
		if err != nil {
			return out, &Skip{File: ff.name, Reason: err.Error(), Files: 1 + later(ff.seq)}
		}
		out = append(out, f)
		next++
	}
}

func deviceOf(files []folderFile) string { return files[0].device }

// fileNameAfter names the first change file after seq.
func fileNameAfter(files []folderFile, seq int64) string {
	for _, f := range files {
		if !f.snapshot && f.seq > seq {
			return f.name
		}
	}
	return ""
}

// readFile reads and checks a file of the folder, and turns it into the
// changes the store applies; its error is a sentence.
func readFile(dir string, ff folderFile) (data.ChangeFile, error) {
	r, err := os.Open(filepath.Join(dir, ff.name))
	if err != nil {
		return data.ChangeFile{}, errors.New("it cannot be read (it may have just gone, or be still arriving)")
	}
	defer r.Close()
	f, err := Decode(r)
	if err != nil {
		return data.ChangeFile{}, err
	}
	if f.Device != ff.device || f.Seq != ff.seq || f.Snapshot != ff.snapshot {
		return data.ChangeFile{}, fmt.Errorf("it holds %s: a copy under another name, or a rename; it is left alone", fileName(f.Device, f.Seq, f.Snapshot))
	}
	cf := data.ChangeFile{Device: f.Device, Seq: f.Seq, Name: ff.name, Changes: f.Changes}
	if f.Snapshot {
		cf.Seen = f.Seen
		return cf, nil
	}
	cf.Needs = map[string]int64{f.Device: f.Seq - 1}
	for d, n := range f.Needs {
		if d != f.Device {
			cf.Needs[d] = n
		}
	}
	return cf, nil
}
