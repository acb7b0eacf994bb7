package extract

// datedSentence finds the sentence the date d dates, as candidates reads
// it and dateSubjects reads its subject ahead: the paragraph it stands
// in (pi) and the sentence's bytes [s, e) in mask, text with its
// quotations masked. ok is false for a date read as no sentence's:
// outside the paragraphs, in page furniture other than a caption, or a
// dateline. caption says it stands in a caption.
func datedSentence(text string, mask []byte, paras []paragraph, furniture []Furniture, d Date) (pi, s, e int, caption, ok bool) {
	pi = paragraphAt(paras, d.Start, d.End)
	if pi < 0 {
		return pi, 0, 0, false, false
	}
	lo, hi := paras[pi].start, paras[pi].end
	f, in := furnitureOver(furniture, lo, d.Start, d.End)
	if in && f.Kind != Caption || dateline(text, lo, d) {
		return pi, 0, 0, false, false
	}
	s, e = sentence(mask, lo, hi, d.Start)
	return pi, s, e, in, true
}
