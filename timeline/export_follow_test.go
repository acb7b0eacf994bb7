package timeline

// Followed is the letter whose followers ds has made to the end
// (key_follow.go), waiting for them if they are being made, or 0.
func Followed(ds *Dataset) byte {
	f := ds.follow.Load()
	if f == nil {
		return 0
	}
	<-f.done
	if !f.ok {
		return 0
	}
	return f.c
}

// Follow makes the followers of c on ds now, as a search of c alone
// answered from the letters has them made.
func Follow(ds *Dataset, c byte) {
	f := &follow{c: c, done: make(chan struct{})}
	ds.follow.Store(f)
	ds.makeFollow(f)
}

// FollowersOf is event i's followers of c, as makeFollow reads them.
func FollowersOf(ds *Dataset, i int, c byte) uint32 { return ds.followersOf(i, c) }
