package timeline

// LetterActors is event i's actors by index as the letters pass keeps
// them for the build, how many parts it made them in, and whether it
// keeps them still.
func LetterActors(ds *Dataset, i int) (ids []int32, parts int, kept bool) {
	return ds.letterActors.of(i), len(ds.letterActors.part), ds.letterActors.part != nil
}

// ActorIndex is the index of the actor with the id, as the dataset looks
// it up.
func ActorIndex(ds *Dataset, id string) int { return ds.actors[id] }

// Letters is every event's letters, once made.
func Letters(ds *Dataset) []uint32 { return ds.search.letters }
