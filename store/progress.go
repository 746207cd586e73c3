package store

// ReportProgress has Import call f(done, total) before each check-in and
// once more at the end, done being how many it has gone through, so a
// long import can show how far it has got. f runs
// inside the write transaction: it must be quick and must not touch the
// store. Set it before the import starts; nil turns reporting off.
func (s *Store) ReportProgress(f func(done, total int)) { s.progress = f }

// tell passes progress on to the function set by ReportProgress, if any.
func (s *Store) tell(done, total int) {
	if s.progress != nil {
		s.progress(done, total)
	}
}
