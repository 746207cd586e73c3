package store

// How the file is laid out on disk. Check-ins are keyed by time, so nearly
// every write appends at the end of its bucket.
const (
	// appendFill is how full bbolt fills a page before it splits one.
	// Its default, half, suits random inserts; appended to, it leaves
	// every page half empty for good, doubling the file.
	appendFill = 1.0
	// allocSize is the step by which a large file grows (bbolt's default
	// is 16 MB).
	allocSize = 1 << 20
)

// pageSize is the page size of a new file. A record is about 1.3 KB, so
// a 4 KB page holds two or three and leaves a fifth of itself empty;
// 16 KB pages hold a dozen and waste little. A file keeps the page size
// it was made with.
const pageSize = 16 << 10
